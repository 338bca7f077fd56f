import { describe, expect, it } from 'vitest';
import { testVocabulary } from '../../tests/fixtures/vocabulary';
import { ui } from '../i18n/ui';
import {
	cardTermIds,
	countsWithout,
	createResultPager,
	definitionViews,
	leaveOutDefined,
	resultCountMessage,
	resultView,
	safePath,
	statusNotes,
} from './results';

const en = ui('en').search.script;
const es = ui('es').search.script;

describe('resultView', () => {
	const data = (url: string, target: { url: string; title: string; excerpt?: string }, title = 'Aftercare questions') => ({
		id: 'page',
		url,
		excerpt: 'Page <mark>excerpt</mark>',
		meta: { title },
		filters: { section: ['FAQ'] },
		target: { excerpt: '', score: 1, ...target },
	});

	it('opens at the answering part, titled by its heading, with the page as context', () => {
		expect(
			resultView(
				data('/faq/aftercare/', {
					url: '/faq/aftercare/#sun-afterwards',
					title: 'Can I go in the sun?',
					excerpt: 'Keep out of the <mark>sun</mark>.',
				}),
			),
		).toEqual({
			href: '/faq/aftercare/#sun-afterwards',
			title: 'Can I go in the sun?',
			context: 'Aftercare questions',
			section: 'FAQ',
			excerpt: [
				{ text: 'Keep out of the ', marked: false },
				{ text: 'sun', marked: true },
				{ text: '.', marked: false },
			],
		});
	});

	it('gives no context when the result is the page itself, and falls back to the page’s excerpt', () => {
		const view = resultView(data('/faq/aftercare/', { url: '/faq/aftercare/', title: 'Aftercare questions' }));
		expect(view).toMatchObject({ href: '/faq/aftercare/', title: 'Aftercare questions', context: '' });
		expect(view.excerpt.map((part) => part.text).join('')).toBe('Page excerpt');
	});

	it('falls back to the section of the address and to the address as title', () => {
		const view = resultView({
			id: 'page',
			url: '/glossary/collagen/',
			excerpt: '',
			meta: {},
			target: { url: '/glossary/collagen/', title: '', excerpt: '', score: 0 },
		});
		expect(view.section).toBe('Glossary');
		expect(view.title).toBe('/glossary/collagen/');
	});

	it('keeps a title with markup characters as text, and refuses an address off the site', () => {
		const view = resultView(data('/x/', { url: 'javascript:alert(1)', title: 'Tom & <b>Jerry</b>' }));
		expect(view.title).toBe('Tom & <b>Jerry</b>');
		expect(view.href).toBe('/');
	});
});

describe('cardTermIds', () => {
	const units = [
		{ label: 'sunscreen', text: 'spf', termId: 'spf' },
		{ label: 'CIT', text: 'microneedling', termId: 'microneedling' },
		{ label: 'peeling', text: 'peeling' },
	];

	it('defines the terms a query names, but not one on most pages when the query asks for more', () => {
		expect(cardTermIds(units, [12, 90, 5], 100)).toEqual(['spf']);
	});

	it('defines even the commonest term when the query is only that term', () => {
		expect(cardTermIds([units[1]!], [90], 100)).toEqual(['microneedling']);
	});
});

describe('statusNotes', () => {
	const count = '12 results for “how long redness lasts”. Showing the first 5.';

	it('adds nothing when every listed page has every word', () => {
		expect(statusNotes(en, count, { complete: 12, unknown: [], results: [] })).toBe(count);
	});

	it('says when no page has every word, and which words the results are about', () => {
		expect(statusNotes(en, count, { complete: 0, relaxedTo: ['redness', 'last'], unknown: [], results: [] })).toBe(
			'12 results for “how long redness lasts”. Showing the first 5. No page has all of these words. Showing pages about: redness, last.',
		);
	});

	it('says how many pages have every word when some do', () => {
		expect(statusNotes(en, count, { complete: 1, relaxedTo: ['redness'], unknown: [], results: [] })).toMatch(
			/Only 1 page has all of these words, listed first\. Then pages about: redness\.$/,
		);
	});

	it('names the words no page holds when others were found', () => {
		expect(statusNotes(en, count, { complete: 12, unknown: ['xyzzy'], results: [{ id: 'a', data: async () => ({}) as never }] })).toMatch(
			/Showing the first 5\. No page has “xyzzy”\.$/,
		);
	});

	it('speaks the page’s language', () => {
		const conteo = '12 resultados para “enrojecimiento xyzzy”';
		expect(statusNotes(es, conteo, { complete: 2, relaxedTo: ['enrojecimiento'], unknown: ['xyzzy', 'qwer'], results: [] })).toBe(
			'12 resultados para “enrojecimiento xyzzy”. Solo 2 páginas tienen todas estas palabras y van primero. Luego, páginas sobre: enrojecimiento.',
		);
		expect(
			statusNotes(es, conteo, { complete: 0, unknown: ['xyzzy', 'qwer'], results: [{ id: 'a', data: async () => ({}) as never }] }),
		).toBe('12 resultados para “enrojecimiento xyzzy”. Ninguna página tiene “xyzzy” ni “qwer”.');
	});
});

describe('safePath', () => {
	it('keeps site paths and refuses everything else', () => {
		expect(safePath('/faq/#downtime')).toBe('/faq/#downtime');
		expect(safePath('javascript:alert(1)')).toBe('/');
		expect(safePath('//evil.example/')).toBe('/');
		expect(safePath('/\\evil.example/')).toBe('/');
		expect(safePath('https://evil.example/')).toBe('/');
	});
});

describe('definitionViews', () => {
	it('gives a card per named term, in order, up to the limit', () => {
		expect(definitionViews(['erythema', 'microneedling', 'collagen'], testVocabulary)).toEqual([
			{ id: 'erythema', term: 'Erythema', definition: 'Redness of the skin.', href: '/glossary/erythema/' },
			{
				id: 'microneedling',
				term: 'Microneedling',
				definition: 'A treatment that makes tiny holes in the skin so it makes new collagen.',
				href: '/glossary/microneedling/',
			},
		]);
	});

	it('skips ids it does not know', () => {
		expect(definitionViews(['nope'], testVocabulary)).toEqual([]);
	});

	it('links to the glossary of the page’s language', () => {
		expect(definitionViews(['erythema'], testVocabulary, '/es/glosario/')[0]?.href).toBe('/es/glosario/erythema/');
	});
});

describe('resultCountMessage', () => {
	it('counts results for the query', () => {
		expect(resultCountMessage(en, 7, 'CIT', 7)).toBe('7 results for “CIT”');
		expect(resultCountMessage(en, 1, ' redness ', 1)).toBe('1 result for “redness”');
		expect(resultCountMessage(en, 0, 'xyz', 0)).toBe('No results for “xyz”');
	});

	it('names the section and says when only some are shown', () => {
		expect(resultCountMessage(en, 2, 'CIT', 2, 'FAQ')).toBe('2 results for “CIT” in FAQ');
		expect(resultCountMessage(en, 23, 'skin', 5)).toBe('23 results for “skin”. Showing the first 5.');
	});

	it('speaks the page’s language', () => {
		expect(resultCountMessage(es, 1, 'TIC', 1)).toBe('1 resultado para “TIC”');
		expect(resultCountMessage(es, 0, 'xyz', 0, 'Preguntas')).toBe('No hay resultados para “xyz” en Preguntas');
		expect(resultCountMessage(es, 23, 'piel', 5)).toBe('23 resultados para “piel”. Se muestran los primeros 5.');
	});
});

describe('leaveOutDefined', () => {
	const cards = definitionViews(['erythema'], testVocabulary);

	it('leaves out the glossary page a definition card stands for, keeping the order', () => {
		const results = [{ url: '/glossary/erythema/' }, { url: '/side-effects/' }, { url: '/faq/' }];
		expect(leaveOutDefined(results, cards)).toEqual({
			listed: [{ url: '/side-effects/' }, { url: '/faq/' }],
			left: [{ url: '/glossary/erythema/' }],
		});
	});

	it('lists everything when there is no card', () => {
		expect(leaveOutDefined([{ url: '/glossary/erythema/' }], []).listed).toEqual([{ url: '/glossary/erythema/' }]);
	});
});

describe('countsWithout', () => {
	it('takes the left-out results off their filter values, without changing the input', () => {
		const counts = { section: { Glossary: 3, FAQ: 1 } };
		expect(countsWithout(counts, [{ filters: { section: ['Glossary'] } }])).toEqual({ section: { Glossary: 2, FAQ: 1 } });
		expect(counts.section.Glossary).toBe(3);
	});

	it('never counts below zero', () => {
		expect(countsWithout({ section: {} }, [{ filters: { section: ['Glossary'] } }])).toEqual({ section: {} });
		expect(countsWithout(undefined, [])).toEqual({});
	});
});

describe('createResultPager', () => {
	const card = { id: 'erythema', term: 'Erythema', definition: 'Redness.', href: '/glossary/erythema/' };
	const urls = ['/side-effects/', '/glossary/erythema/', '/aftercare/', '/faq/', '/procedure/'];

	it('loads only the results it hands out, skipping the glossary page a card stands for', async () => {
		const loaded: string[] = [];
		const results = urls.map((url) => ({ data: async () => (loaded.push(url), { url }) }));
		const pager = createResultPager(results, [card]);
		expect((await pager.next(2)).map((data) => data.url)).toEqual(['/side-effects/', '/aftercare/']);
		expect(loaded).toEqual(['/side-effects/', '/glossary/erythema/', '/aftercare/']);
		expect(pager.leftOut.map((data) => data.url)).toEqual(['/glossary/erythema/']);
		expect(pager.hasMore).toBe(true);
		expect((await pager.next(5)).map((data) => data.url)).toEqual(['/faq/', '/procedure/']);
		expect(pager.hasMore).toBe(false);
		expect(await pager.next(5)).toEqual([]);
	});

	it('loads one more in the first batch for each card whose page may be among the results', async () => {
		const loaded: string[] = [];
		const results = urls.map((url) => ({ data: async () => (loaded.push(url), { url }) }));
		const pager = createResultPager(results, [card], 1);
		expect((await pager.next(2)).map((data) => data.url)).toEqual(['/side-effects/', '/aftercare/']);
		expect(loaded).toEqual(['/side-effects/', '/glossary/erythema/', '/aftercare/']);
		expect((await pager.next(1)).map((data) => data.url)).toEqual(['/faq/']);
		expect(loaded).toHaveLength(4);
	});

	it('keeps the first batch that size when the page is not there, and looks ahead only once', async () => {
		const loaded: string[] = [];
		const results = ['/side-effects/', '/aftercare/', '/faq/', '/procedure/'].map((url) => ({
			data: async () => (loaded.push(url), { url }),
		}));
		const pager = createResultPager(results, [card], 1);
		expect((await pager.next(2)).map((data) => data.url)).toEqual(['/side-effects/', '/aftercare/']);
		expect(loaded).toEqual(['/side-effects/', '/aftercare/', '/faq/']);
		expect((await pager.next(1)).map((data) => data.url)).toEqual(['/faq/']);
		expect(loaded).toHaveLength(3);
	});
});
