import { describe, expect, it } from 'vitest';
import type { VocabularyTerm } from '../vocabulary/terms';
import { closestWords, suggestionCandidates, suggestQueries } from './suggest';

const terms: VocabularyTerm[] = [
	{
		id: 'derma-roller',
		term: 'Derma roller',
		aliases: [],
		definition: 'A roller with needles.',
		variants: [{ wrong: 'dermaroller', use: 'derma roller' }],
		searchNames: ['dermaroller'],
	},
	{ id: 'isotretinoin', term: 'Isotretinoin', aliases: [], definition: 'An acne pill.', variants: [], searchNames: ['Accutane'] },
	{
		id: 'hyperpigmentation',
		term: 'Hyperpigmentation',
		aliases: [],
		definition: 'Dark patches.',
		variants: [],
		searchNames: [],
	},
];
const candidates = suggestionCandidates(terms, ['microneedling', 'collagen', 'college', 'redness', 'needles']);

describe('closestWords', () => {
	it.each([
		['microneedeling', 'microneedling'],
		['colagen', 'collagen'],
		['dermaroler', 'derma roller'],
		['hyperpigmantation', 'hyperpigmentation'],
		['isotretinion', 'isotretinoin'],
		['acutane', 'accutane'],
	])('suggests “%s” → “%s”', (typed, meant) => {
		expect(closestWords(typed, candidates)[0]).toBe(meant);
	});

	it('lists the closest first, then in the candidates’ order', () => {
		expect(closestWords('collegen', candidates)).toEqual(['collagen', 'college']);
	});

	it('suggests nothing further than two edits, one for a short word, and nothing for two or three letters', () => {
		expect(closestWords('xyzzy', candidates)).toEqual([]);
		expect(closestWords('reds', suggestionCandidates([], ['beds', 'red', 'rest', 'reeds']))).toEqual(['beds', 'red', 'reeds']);
		expect(closestWords('pre', suggestionCandidates([], ['prp', 'pro']))).toEqual([]);
	});

	it('never suggests the word itself', () => {
		expect(closestWords('redness', candidates)).toEqual([]);
	});
});

describe('suggestQueries', () => {
	it('replaces each unknown word, as a whole word, keeping the rest as typed', () => {
		expect(suggestQueries('Colagen after microneedeling', ['Colagen', 'microneedeling'], candidates)).toEqual([
			'collagen after microneedling',
		]);
	});

	it('offers the next-closest words for the first unknown word as further choices', () => {
		expect(suggestQueries('collegen redness', ['collegen'], candidates)).toEqual(['collagen redness', 'college redness']);
	});

	it('offers nothing when no word is close', () => {
		expect(suggestQueries('xyzzy', ['xyzzy'], candidates)).toEqual([]);
	});
});
