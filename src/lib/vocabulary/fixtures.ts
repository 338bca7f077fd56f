import type { VocabularyTerm } from './terms';

/** A small vocabulary for the unit tests: the real glossary changes, these tests should not. */
export const testVocabulary: VocabularyTerm[] = [
	{
		id: 'microneedling',
		term: 'Microneedling',
		aliases: ['collagen induction therapy', 'skin needling'],
		abbreviation: 'CIT',
		abbreviationOf: 'collagen induction therapy',
		definition: 'A treatment that makes tiny holes in the skin so it makes new collagen.',
		variants: [
			{ wrong: 'micro-needling', use: 'microneedling' },
			{ wrong: 'C.I.T.', use: 'CIT' },
		],
	},
	{
		id: 'collagen',
		term: 'Collagen',
		aliases: [],
		definition: 'A protein that keeps skin firm.',
		variants: [],
	},
	{
		id: 'platelet-rich-plasma',
		term: 'Platelet-rich plasma',
		aliases: [],
		abbreviation: 'PRP',
		definition: 'A liquid made from your own blood.',
		variants: [{ wrong: 'platelet rich plasma', use: 'platelet-rich plasma' }],
	},
	{
		id: 'erythema',
		term: 'Erythema',
		aliases: ['redness'],
		definition: 'Redness of the skin.',
		variants: [],
	},
];
