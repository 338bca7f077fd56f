import { describe, expect, it } from 'vitest';
import { testVocabulary } from '../../tests/fixtures/vocabulary';
import { createTermMatcher } from './matcher';

const matcher = createTermMatcher(testVocabulary);
const found = (text: string) => matcher.find(text).map(({ id, text: words }) => [id, words]);

describe('createTermMatcher', () => {
	it('prefers the longest name: collagen induction therapy is microneedling, not collagen', () => {
		expect(found('Collagen induction therapy builds collagen.')).toEqual([
			['microneedling', 'Collagen induction therapy'],
			['collagen', 'collagen'],
		]);
	});

	it('matches whole words in any case, with plurals, but not inside other words', () => {
		expect(found('MICRONEEDLING and procollagen and collagen-rich creams')).toEqual([['microneedling', 'MICRONEEDLING']]);
		expect(found('Collagens differ.')).toEqual([['collagen', 'Collagens']]);
	});

	it('matches abbreviations only as written, in capitals', () => {
		expect(found('CIT is microneedling; cit is not a word here.')).toEqual([
			['microneedling', 'CIT'],
			['microneedling', 'microneedling'],
		]);
	});

	it('keeps the words of an alias, and reports where they are', () => {
		const [mention] = matcher.find('After skin  needling, expect redness.');
		expect(mention).toEqual({ id: 'microneedling', start: 6, end: 20, text: 'skin  needling' });
	});

	it('ignores wrong spellings unless asked, as search does', () => {
		expect(found('micro-needling')).toEqual([]);
		const lenient = createTermMatcher(testVocabulary, { variants: true, abbreviationsInAnyCase: true });
		expect(lenient.find('micro-needling or cit or platelet rich plasma').map((mention) => mention.id)).toEqual([
			'microneedling',
			'microneedling',
			'platelet-rich-plasma',
		]);
	});

	it('matches search names only when asked: whole words, any case, plurals, the longest name first', () => {
		expect(found('A vampire facial, or a collagen facial.')).toEqual([['collagen', 'collagen']]);
		const search = createTermMatcher(testVocabulary, { searchNames: true });
		const inSearch = (text: string) => search.find(text).map(({ id, text: words }) => [id, words]);
		expect(inSearch('VAMPIRE FACIALS, a collagen facial, then collagen.')).toEqual([
			['platelet-rich-plasma', 'VAMPIRE FACIALS'],
			['microneedling', 'collagen facial'],
			['collagen', 'collagen'],
		]);
		expect(inSearch('a vampire facially')).toEqual([]);
	});

	it('does the same work on a text whatever the number of terms, so a page costs the same in a larger glossary', () => {
		// Names that share their first word with the text's words, so the walk goes past that word.
		const glossary = (count: number) => [
			...testVocabulary,
			...Array.from({ length: count }, (_, index) => ({
				id: `collagen-type-${index}`,
				term: `Collagen type ${String(index).padStart(4, '0')}`,
				aliases: [`skin type ${String(index).padStart(4, '0')}`],
				definition: '',
				variants: [],
				searchNames: [],
			})),
		];
		const text = 'Collagen induction therapy builds collagen. After skin needling, skin redness fades; ask about PRP or a vampire facial.';
		const run = (count: number) => {
			const work = { charactersRead: 0, namesTried: 0 };
			const mentions = createTermMatcher(glossary(count), { searchNames: true }).find(text, work);
			return { mentions, work };
		};
		const small = run(10);
		expect(small.work.namesTried).toBeGreaterThan(0);
		expect(run(1000)).toEqual(small);
	});

	it('finds nothing in text without terms, or with no vocabulary', () => {
		expect(found('A calm walk in the park.')).toEqual([]);
		expect(createTermMatcher([]).find('microneedling')).toEqual([]);
	});
});
