import { describe, expect, it } from 'vitest';
import { testVocabulary } from '../../tests/fixtures/vocabulary';
import { readGlossaryFiles } from './glossary-files';
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

	it('turns a search name into the term’s names, never keeping the search name itself', () => {
		for (const query of ['vampire facial', 'Vampire Facials']) {
			expect(expand(query)).toMatchObject({ text: 'platelet-rich plasma prp', termIds: ['platelet-rich-plasma'] });
		}
		expect(expand('collagen facial cost')).toMatchObject({
			text: 'microneedling collagen induction therapy skin needling cit cost',
			termIds: ['microneedling'],
		});
	});
});

describe('createQueryExpander with the site’s glossary', () => {
	const expandSite = createQueryExpander(readGlossaryFiles('content'));

	it('finds a term by a brand name readers type', () => {
		expect(expandSite('dermapen')).toMatchObject({ text: 'microneedling pen', termIds: ['microneedling-pen'] });
		expect(expandSite('SkinPen')).toMatchObject({ text: 'microneedling pen', termIds: ['microneedling-pen'] });
		expect(expandSite('Accutane')).toMatchObject({ text: 'isotretinoin', termIds: ['isotretinoin'] });
		expect(expandSite('Roaccutane')).toMatchObject({ text: 'isotretinoin', termIds: ['isotretinoin'] });
		expect(expandSite('Retin-A')).toMatchObject({ text: 'retinoids', termIds: ['retinoids'] });
	});

	it('finds a term by the everyday words readers type', () => {
		const cases: [string, string[]][] = [
			['retinol', ['retinoids']],
			['tretinoin', ['retinoids']],
			['blood thinners', ['anticoagulants']],
			['blood thinner', ['anticoagulants']],
			['cold sores', ['herpes-simplex']],
			['fever blisters', ['herpes-simplex']],
			['vampire facial', ['platelet-rich-plasma']],
			['skin of color', ['darker-skin-tones']],
			['brown skin', ['darker-skin-tones']],
			['sunscreen', ['spf']],
			['sunblock', ['spf']],
			['numbing', ['numbing-cream']],
			['dermaroller', ['derma-roller']],
		];
		for (const [query, termIds] of cases) expect(expandSite(query).termIds, query).toEqual(termIds);
		expect(expandSite('blood thinners before treatment').text).toBe('anticoagulants before treatment');
		expect(expandSite('cold sores').text).toBe('herpes simplex');
		expect(expandSite('skin of color').text).toBe('darker skin tones darker skin');
	});

	it('keeps isotretinoin apart from tretinoin, a search name of retinoids', () => {
		expect(expandSite('isotretinoin').termIds).toEqual(['isotretinoin']);
	});
});
