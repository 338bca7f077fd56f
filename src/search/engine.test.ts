import { describe, expect, it } from 'vitest';
import type { QueryUnit } from '../vocabulary/query';
import { chooseTarget, createSearchEngine, type SearchBackend } from './engine';
import type { PagefindResult, PagefindResultData, PagefindSearchResponse } from './pagefind';

/** A page of the fake index: its parts, each a title, an address and words with their weights. */
interface FakePage {
	id: string;
	parts: { url: string; title: string; words: Record<string, number> }[];
}

const words = (page: FakePage) => new Set(page.parts.flatMap((part) => Object.keys(part.words)));

/**
 * A stand-in for Pagefind: a page matches when it holds every word, scores by how many matches it
 * has. Like Pagefind, a word no page holds falls back to pages with a word that starts the same,
 * unless the search is exact (in quotes), and it hands every search's `data()` for a page one shared object that each
 * call rewrites once the page's one download has resolved, so overlapping calls clobber each other.
 */
function fakePagefind(pages: readonly FakePage[]): SearchBackend & { searches: string[] } {
	const shared = new Map<string, Promise<PagefindResultData>>();
	const searches: string[] = [];
	return {
		searches,
		search: async (text) => {
			searches.push(text);
			const exact = /^".*"$/.test(text);
			const query = text.replace(/"/g, '').split(' ').filter(Boolean);
			const holds = (page: FakePage, word: string) =>
				words(page).has(word) ||
				(!exact && !pages.some((other) => words(other).has(word)) && [...words(page)].some((held) => held.startsWith(word.slice(0, 4))));
			const results: PagefindResult[] = pages
				.filter((page) => query.every((word) => holds(page, word)))
				.map((page) => ({
					id: page.id,
					score: page.parts.reduce((sum, part) => sum + query.reduce((inner, word) => inner + (part.words[word] ?? 0), 0), 0),
					data: async () => {
						const fragment =
							shared.get(page.id) ?? Promise.resolve({ url: page.parts[0]!.url, excerpt: '', meta: { title: page.parts[0]!.title } });
						shared.set(page.id, fragment);
						const data: PagefindResultData = await fragment;
						data.sub_results = page.parts.map((part) => ({
							url: part.url,
							title: part.title,
							excerpt: query.filter((word) => part.words[word]).join(' '),
							weighted_locations: query.flatMap((word, location) =>
								part.words[word] ? [{ weight: part.words[word], balanced_score: part.words[word], location }] : [],
							),
						}));
						return data;
					},
				}))
				.sort((a, b) => b.score - a.score);
			return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} } satisfies PagefindSearchResponse;
		},
	};
}

const unit = (word: string): QueryUnit => ({ label: word, text: word });

const sunPage: FakePage = {
	id: 'faq-aftercare',
	parts: [
		{ url: '/faq/aftercare/', title: 'Aftercare questions', words: { sun: 1, skin: 1 } },
		{ url: '/faq/aftercare/#makeup', title: 'When can I wear makeup?', words: { makeup: 8, skin: 1 } },
		{ url: '/faq/aftercare/#sun', title: 'Can I go in the sun?', words: { sun: 8, skin: 1, redness: 1 } },
	],
};
const glossaryPage: FakePage = { id: 'glossary-spf', parts: [{ url: '/glossary/spf/', title: 'SPF', words: { sun: 1, skin: 1 } }] };
const rednessPage: FakePage = {
	id: 'side-effects',
	parts: [
		{ url: '/side-effects/', title: 'Side effects', words: { skin: 1 } },
		{ url: '/side-effects/#redness', title: 'Redness', words: { redness: 8, last: 1, skin: 1 } },
	],
};
const lastPage: FakePage = { id: 'results', parts: [{ url: '/faq/results/', title: 'Results', words: { last: 1, skin: 1 } }] };
const pages = [sunPage, glossaryPage, rednessPage, lastPage];

describe('createSearchEngine', () => {
	it('opens each result at the part where the words weigh most', async () => {
		const run = createSearchEngine(fakePagefind(pages));
		const outcome = await run([unit('sun')], pages.length);
		const data = await Promise.all(outcome!.results.map((result) => result.data()));
		expect(data.map((page) => page.target.url)).toEqual(['/faq/aftercare/#sun', '/glossary/spf/']);
		expect(data[0]!.target.title).toBe('Can I go in the sun?');
		expect(outcome).toMatchObject({ complete: 2, unknown: [], unitPages: [2] });
		expect(outcome!.relaxedTo).toBeUndefined();
	});

	it('lists the pages with every word when there are enough, and counts each word', async () => {
		const run = createSearchEngine(fakePagefind(pages), { enough: 2 });
		const outcome = await run([unit('skin'), unit('sun')], pages.length);
		expect(outcome!.results.map((result) => result.id)).toEqual(['faq-aftercare', 'glossary-spf']);
		expect(outcome).toMatchObject({ complete: 2, unknown: [], unitPages: [4, 2] });
		expect(outcome!.relaxedTo).toBeUndefined();
	});

	it('relaxes to the telling words when too few pages hold them all, and names them', async () => {
		const run = createSearchEngine(fakePagefind(pages));
		const outcome = await run([unit('redness'), unit('last'), unit('skin')], pages.length);
		// No page has all three; "skin" is on every page, so it tells nothing apart.
		expect(outcome!.complete).toBe(1);
		expect(outcome!.relaxedTo).toEqual(['redness', 'last']);
		// Both telling words are on two pages; how strongly a page matches breaks the tie.
		expect(outcome!.results.map((result) => result.id)).toEqual(['side-effects', 'results', 'faq-aftercare']);
		expect((await outcome!.results[2]!.data()).target.url).toBe('/faq/aftercare/#sun');
	});

	it('leaves out a word no page holds, and reports it', async () => {
		const backend = fakePagefind(pages);
		const run = createSearchEngine(backend);
		const outcome = await run([unit('redness'), unit('xyzzy')], pages.length);
		expect(outcome!.unknown).toEqual(['xyzzy']);
		expect(outcome!.results.map((result) => result.id)).toEqual(['side-effects', 'faq-aftercare']);
		// The word is left out of the search, and the one word left is not searched twice.
		expect(backend.searches).not.toContain('redness xyzzy');
		expect(backend.searches.filter((text) => text === 'redness')).toHaveLength(1);
	});

	it('lists no guesses for a word the index does not hold, however Pagefind stretches it', async () => {
		const run = createSearchEngine(fakePagefind(pages));
		const outcome = await run([unit('rednes')], pages.length);
		expect(outcome).toMatchObject({ results: [], complete: 0, unknown: ['rednes'], uncertain: false, unitPages: [2] });
	});

	it('while the reader types, lists the pages for the start of the last word and marks it uncertain', async () => {
		const run = createSearchEngine(fakePagefind(pages));
		const typing = await run([unit('sun'), unit('rednes')], pages.length, {}, { typing: true });
		expect(typing).toMatchObject({ unknown: [], uncertain: true });
		// The one page with "sun" and a word starting "redn" comes first.
		expect(typing).toMatchObject({ complete: 1 });
		expect(typing!.results[0]!.id).toBe('faq-aftercare');
		const settled = await run([unit('sun'), unit('rednes')], pages.length);
		expect(settled).toMatchObject({ unknown: ['rednes'], uncertain: false });
	});

	it('never calls a glossary term unknown', async () => {
		const run = createSearchEngine(fakePagefind(pages));
		const outcome = await run([{ label: 'SPF', text: 'rednes', termId: 'spf' }], pages.length);
		expect(outcome!.unknown).toEqual([]);
		expect(outcome!.results).toHaveLength(2);
	});

	it('puts the first results in order of how well their best part answers', async () => {
		const longPage: FakePage = {
			id: 'long',
			parts: [1, 2, 3, 4].map((n) => ({ url: `/long/#part-${n}`, title: `Part ${n}`, words: { sun: 3 } })),
		};
		const run = createSearchEngine(fakePagefind([...pages, longPage]));
		const asRanked = await run([unit('sun')], 5);
		expect(asRanked!.results.map((result) => result.id)).toEqual(['long', 'faq-aftercare', 'glossary-spf']);
		const reordered = await run([unit('sun')], 5, {}, { reorder: 2 });
		expect(reordered!.results.map((result) => result.id)).toEqual(['faq-aftercare', 'long', 'glossary-spf']);
	});

	it('loads one page for several searches without one load overwriting another', async () => {
		const run = createSearchEngine(fakePagefind(pages), { enough: 1 });
		const outcome = await run([unit('makeup'), unit('skin')], pages.length);
		const data = await outcome!.results[0]!.data();
		// Each search's copy kept its own matches: "makeup" decides the part.
		expect(data.target.url).toBe('/faq/aftercare/#makeup');
	});
});

describe('chooseTarget', () => {
	const page: PagefindResultData = { url: '/p/', excerpt: 'top', meta: { title: 'Page' } };
	const part = (url: string, weights: number[]) => ({
		url,
		title: url,
		excerpt: url,
		weighted_locations: weights.map((weight, location) => ({ weight, balanced_score: weight, location })),
	});

	it('is the top of the page when no part matched', () => {
		expect(chooseTarget(page, [])).toEqual({ url: '/p/', title: 'Page', excerpt: 'top', score: 0 });
	});

	it('prefers a part matched by more searches, then heavier text, then the earlier part', () => {
		const first = { ...page, sub_results: [part('/p/#a', [1, 1, 1]), part('/p/#b', [8]), part('/p/#c', [8])] };
		expect(chooseTarget(page, [{ weight: 1, data: first }]).url).toBe('/p/#b');
		const second = { ...page, sub_results: [part('/p/#c', [1])] };
		expect(
			chooseTarget(page, [
				{ weight: 1, data: first },
				{ weight: 1, data: second },
			]).url,
		).toBe('/p/#c');
	});
});
