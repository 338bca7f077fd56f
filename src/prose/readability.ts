import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** The counts a reading-grade formula needs. */
interface TextCounts {
	[count: string]: number;
	sentence: number;
	word: number;
	syllable: number;
}

/**
 * Splits plain text into sentences. A heading, list item or table cell without a full stop
 * still ends a sentence, so line breaks count as sentence ends as well as `.`, `!` and `?`
 * (with any closing quote or bracket after them). Parts without a letter are not sentences.
 */
export function splitSentences(text: string): string[] {
	return text
		.split(/(?<=[.!?]+["'”’)\]]*)\s+|\n+/)
		.map((part) => part.replace(/\s+/g, ' ').trim())
		.filter((part) => /[A-Za-z]/.test(part));
}

const wordPattern = /[A-Za-z]+(?:['’-][A-Za-z]+)*/g;

/** Counts sentences, words and syllables in plain text. */
export function countText(text: string): TextCounts {
	const words = text.match(wordPattern) ?? [];
	return {
		sentence: splitSentences(text).length,
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
