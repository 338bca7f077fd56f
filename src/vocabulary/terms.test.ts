import { describe, expect, it } from 'vitest';
import { testVocabulary } from '../../tests/fixtures/vocabulary';
import { aliasRedirects, expansionOf, namesOf, slugify } from './terms';

describe('namesOf', () => {
	it('lists the term, its aliases, then its abbreviation, each once, and never a search name', () => {
		expect(namesOf(testVocabulary[0]!)).toEqual(['Microneedling', 'collagen induction therapy', 'skin needling', 'CIT']);
		expect(namesOf({ term: 'PRP', aliases: ['prp'], abbreviation: 'PRP' })).toEqual(['PRP']);
	});
});

describe('expansionOf', () => {
	it('is the alias an abbreviation stands for, or else the term', () => {
		expect(expansionOf(testVocabulary[0]!)).toBe('collagen induction therapy');
		expect(expansionOf(testVocabulary[2]!)).toBe('Platelet-rich plasma');
	});
});

describe('slugify', () => {
	it('makes lower-case, hyphen-joined URL segments', () => {
		expect(slugify('Collagen induction therapy')).toBe('collagen-induction-therapy');
		expect(slugify('C.I.T.')).toBe('c-i-t');
		expect(slugify('Topical anaesthetic ')).toBe('topical-anaesthetic');
		expect(slugify('Crème')).toBe('creme');
	});
});

describe('aliasRedirects', () => {
	it('sends every alias and abbreviation to its term, never shadowing an entry', () => {
		const redirects = aliasRedirects(
			[...testVocabulary, { id: 'skin-needling', term: 'Skin needling', aliases: [], definition: 'x', variants: [], searchNames: [] }],
			'en',
		);
		expect(redirects['/glossary/cit/']).toBe('/glossary/microneedling/');
		expect(redirects['/glossary/collagen-induction-therapy/']).toBe('/glossary/microneedling/');
		expect(redirects['/glossary/prp/']).toBe('/glossary/platelet-rich-plasma/');
		expect(redirects['/glossary/redness/']).toBe('/glossary/erythema/');
		expect(redirects).not.toHaveProperty('/glossary/skin-needling/');
		expect(redirects).not.toHaveProperty('/glossary/microneedling/');
		// A search name (a brand, an everyday word) never gets an address of its own.
		expect(redirects).not.toHaveProperty('/glossary/vampire-facial/');
	});

	it('gives a translation’s names, its term among them, addresses in its language, as plain letters', () => {
		const redirects = aliasRedirects(
			[
				{
					id: 'microneedling',
					term: 'Micropunción',
					aliases: ['terapia de inducción de colágeno', 'dermapen'],
					abbreviation: 'TIC',
					definition: 'x',
					variants: [{ wrong: 'micropuncion', use: 'micropunción' }],
					searchNames: ['microagujas'],
				},
				{ id: 'dermis', term: 'Dermis', aliases: [], definition: 'x', variants: [], searchNames: [] },
			],
			'es',
		);
		expect(redirects).toEqual({
			'/es/glosario/micropuncion/': '/es/glosario/microneedling/',
			'/es/glosario/terapia-de-induccion-de-colageno/': '/es/glosario/microneedling/',
			'/es/glosario/dermapen/': '/es/glosario/microneedling/',
			'/es/glosario/tic/': '/es/glosario/microneedling/',
		});
	});
});
