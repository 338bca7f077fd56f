import { describe, expect, it } from 'vitest';
import { evidenceWordsMessage, findEvidenceWords } from './evidence-words';

describe('findEvidenceWords', () => {
	it('finds evidence rated in words other than the scale, with the line', () => {
		const text =
			'Acne scars are treated often.\nThe best evidence is for acne scars and fine lines.\nIt is clinically proven, with strong proof.';
		expect(findEvidenceWords(text)).toEqual([
			{ line: 2, text: 'The best evidence' },
			{ line: 3, text: 'strong proof' },
			{ line: 3, text: 'clinically proven' },
		]);
	});

	it('lets the scale’s own words and plain statements of what was studied pass', () => {
		const text =
			'There is moderate evidence for acne scars, some evidence for fine lines and little evidence for pores.\nAcne scars are the use studied most. Strong sun can darken patches.';
		expect(findEvidenceWords(text)).toEqual([]);
	});
});

describe('evidenceWordsMessage', () => {
	it('names the phrase and the fix', () => {
		expect(evidenceWordsMessage({ line: 2, text: 'the best evidence' })).toMatch(
			/^"the best evidence" rates the evidence .* content\/benefits\//,
		);
	});
});
