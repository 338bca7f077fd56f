import { describe, expect, it } from 'vitest';
import { countText, readingGrade, splitSentences } from './readability';

describe('countText', () => {
	it('counts sentences at full stops and at line breaks, words and syllables', () => {
		expect(countText('The cat sat. It was warm!\nA list item')).toEqual({ sentence: 3, word: 9, syllable: 10 });
	});

	it('keeps contractions and hyphenated words whole', () => {
		expect(countText("Don't pick at well-healed skin.").word).toBe(5);
	});
});

describe('splitSentences', () => {
	it('ends a sentence at a full stop before a closing quote or bracket, and at a line break', () => {
		expect(splitSentences('Call "your clinic." (Or a doctor.) Then rest!\nA heading\n\n— 12 —')).toEqual([
			'Call "your clinic."',
			'(Or a doctor.)',
			'Then rest!',
			'A heading',
		]);
	});

	it('does not split a decimal figure', () => {
		expect(splitSentences('Use 0.5 mm needles.')).toEqual(['Use 0.5 mm needles.']);
	});
});

describe('readingGrade', () => {
	it('scores short plain sentences low and long Latinate ones high', () => {
		expect(readingGrade('The cat sat on the mat. It was warm.')).toBeLessThan(2);
		expect(
			readingGrade(
				'Percutaneous collagen induction therapy necessitates meticulous consideration of contraindications, including immunosuppression and anticoagulation.',
			),
		).toBeGreaterThan(16);
	});

	it('is 0 for text without words', () => {
		expect(readingGrade('')).toBe(0);
		expect(readingGrade('12 — 34')).toBe(0);
	});
});
