import { describe, expect, it } from 'vitest';
import { testVocabulary, testVocabularyEs } from '../../tests/fixtures/vocabulary';
import { readGlossaryFiles } from './glossary-files';
import { createTermMatcher } from './matcher';
import { spanishForms } from './spanish-forms';

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

describe('createTermMatcher in Spanish', () => {
	const spanish = createTermMatcher(testVocabularyEs, { forms: spanishForms });
	const inSpanish = (text: string) => spanish.find(text).map(({ id, text: words }) => [id, words]);

	it('matches the abbreviation TIC only in capitals, so the word "tic" is never the treatment', () => {
		expect(inSpanish('La TIC es micropunción. Un tic no lo es, ni Tic al empezar.')).toEqual([
			['microneedling', 'TIC'],
			['microneedling', 'micropunción'],
		]);
	});

	it('matches a name written as an abbreviation at the start of a sentence too, but never its capitals in small letters', () => {
		expect(inSpanish('Micropunción con RF. La micropunción con RF.')).toEqual([
			['radiofrequency-microneedling', 'Micropunción con RF'],
			['radiofrequency-microneedling', 'micropunción con RF'],
		]);
		expect(inSpanish('micropunción con rf')).toEqual([['microneedling', 'micropunción']]);
	});

	it('matches a name in its other gender and number, and no English plural ending', () => {
		expect(inSpanish('Es una técnica mínimamente invasiva. Deja una cicatriz en vía de tren.')).toEqual([
			['minimally-invasive', 'mínimamente invasiva'],
			['tram-track-scarring', 'cicatriz en vía de tren'],
		]);
		expect(inSpanish('Las micropunciones y los colágenos; no los colágenoes.')).toEqual([
			['microneedling', 'micropunciones'],
			['collagen', 'colágenos'],
		]);
	});

	it('prefers the longest name: "micropunción con radiofrecuencia" is not micropunción', () => {
		expect(inSpanish('La micropunción con radiofrecuencia y la terapia de inducción de colágeno.')).toEqual([
			['radiofrequency-microneedling', 'micropunción con radiofrecuencia'],
			['microneedling', 'terapia de inducción de colágeno'],
		]);
	});

	it('finds no term in the everyday words the site’s Spanish glossary keeps out of its names', () => {
		const site = createTermMatcher(readGlossaryFiles('content/es'), { forms: spanishForms });
		expect(site.find('Ponga un paño fresco. Si tiene calentura, o ve fuegos artificiales, llame.')).toEqual([]);
	});
});
