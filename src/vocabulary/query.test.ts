import { describe, expect, it } from 'vitest';
import { testVocabulary } from '../../tests/fixtures/vocabulary';
import { readGlossaryFiles } from './glossary-files';
import { createQueryExpander } from './query';

const expand = createQueryExpander(testVocabulary);

describe('createQueryExpander', () => {
	it('turns every name and wrong spelling of a term into the same query', () => {
		const queries = ['CIT', 'cit', 'collagen induction therapy', 'micro-needling', 'Microneedling', 'skin needling', 'C.I.T.'];
		const expanded = queries.map((query) => expand(query));
		for (const result of expanded) {
			expect(result).toEqual({
				text: 'microneedling collagen induction therapy skin needling cit',
				termIds: ['microneedling'],
			});
		}
	});

	it('keeps the rest of the query and lists each term once, in order', () => {
		expect(expand('redness after CIT with prp, then CIT again')).toEqual({
			text: 'erythema redness after microneedling collagen induction therapy skin needling cit with platelet-rich plasma prp, then microneedling collagen induction therapy skin needling cit again',
			termIds: ['erythema', 'microneedling', 'platelet-rich-plasma'],
		});
	});

	it('leaves a query without terms as typed, with spaces tidied', () => {
		expect(expand('  how long   does it take ')).toEqual({ text: 'how long does it take', termIds: [] });
	});

	it('turns a search name into the term’s names, never keeping the search name itself', () => {
		for (const query of ['vampire facial', 'Vampire Facials']) {
			expect(expand(query)).toEqual({ text: 'platelet-rich plasma prp', termIds: ['platelet-rich-plasma'] });
		}
		expect(expand('collagen facial cost')).toEqual({
			text: 'microneedling collagen induction therapy skin needling cit cost',
			termIds: ['microneedling'],
		});
	});
});

describe('createQueryExpander with the site’s glossary', () => {
	const expandSite = createQueryExpander(readGlossaryFiles('content'));

	it('finds a term by a brand name readers type', () => {
		expect(expandSite('dermapen')).toEqual({ text: 'microneedling pen', termIds: ['microneedling-pen'] });
		expect(expandSite('SkinPen')).toEqual({ text: 'microneedling pen', termIds: ['microneedling-pen'] });
		expect(expandSite('Accutane')).toEqual({ text: 'isotretinoin', termIds: ['isotretinoin'] });
		expect(expandSite('Roaccutane')).toEqual({ text: 'isotretinoin', termIds: ['isotretinoin'] });
		expect(expandSite('Retin-A')).toEqual({ text: 'retinoids', termIds: ['retinoids'] });
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
