import { describe, expect, it } from 'vitest';
import { testVocabulary } from '../../tests/fixtures/vocabulary';
import { createQueryExpander } from './query';

const expand = createQueryExpander(testVocabulary);

const names = 'microneedling collagen induction therapy skin needling cit';

describe('createQueryExpander', () => {
	it('turns every name and wrong spelling of a term into the same query', () => {
		const queries = ['CIT', 'cit', 'collagen induction therapy', 'micro-needling', 'Microneedling', 'skin needling', 'C.I.T.'];
		for (const query of queries) {
			const expanded = expand(query);
			expect(expanded.text, query).toBe(names);
			expect(expanded.termIds, query).toEqual(['microneedling']);
			expect(expanded.units, query).toEqual([{ label: query, text: names, termId: 'microneedling' }]);
		}
	});

	it('keeps the other words, as units of their own, and lists each term once, in order', () => {
		const expanded = expand('redness after CIT with prp, then CIT again');
		expect(expanded.termIds).toEqual(['erythema', 'microneedling', 'platelet-rich-plasma']);
		expect(expanded.units.map((unit) => unit.label)).toEqual(['redness', 'after', 'CIT', 'with', 'prp', 'then', 'again']);
		expect(expanded.text).toBe(`erythema redness after ${names} with platelet-rich plasma prp then again`);
	});

	it('drops the stop words, but keeps a query that is nothing else', () => {
		const withStops = createQueryExpander(testVocabulary, { stopWords: ['how', 'long', 'does', 'it', 'I', "don't"] });
		expect(withStops('  How long   does it take ').text).toBe('take');
		expect(withStops('Don’t CIT').units.map((unit) => unit.label)).toEqual(['CIT']);
		expect(withStops('how does it').text).toBe('how does it');
	});

	it('leaves a query without terms as its words, in lower case', () => {
		expect(expand('  How long, does it take? ')).toEqual({
			text: 'how long does it take',
			termIds: [],
			units: ['How', 'long', 'does', 'it', 'take'].map((word) => ({ label: word, text: word.toLowerCase() })),
		});
	});
});
