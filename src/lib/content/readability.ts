import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** The counts a reading-grade formula needs. */
export interface TextCounts {
	[count: string]: number;
	sentence: number;
	word: number;
	syllable: number;
}

/**
 * Counts sentences, words and syllables in plain text. A heading or list item without a full
 * stop still ends a sentence, so line breaks count as sentence ends as well as `.`, `!` and `?`.
 */
export function countText(text: string): TextCounts {
	const sentences = text
		.split(/[.!?]+(?=\s|$)|\n+/)
		.map((part) => part.trim())
		.filter((part) => /[A-Za-z]/.test(part));
	const words = text.match(/[A-Za-z]+(?:['’-][A-Za-z]+)*/g) ?? [];
	return {
		sentence: sentences.length,
		word: words.length,
		syllable: words.reduce((total, word) => total + syllable(word), 0),
	};
}

/**
 * The Flesch-Kincaid US school grade of a text. The site holds body text to grade 8 or lower
 * (the NHS aims for a reading age of 9–11, MedlinePlus for grade 6–7).
 */
export function readingGrade(text: string): number {
	const counts = countText(text);
	if (counts.word === 0 || counts.sentence === 0) return 0;
	return Math.round(fleschKincaid(counts) * 10) / 10;
}
