import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** The counts a reading-grade formula needs. */
interface TextCounts {
	[count: string]: number;
	sentence: number;
	word: number;
	syllable: number;
}

/** How a language's text is cut into sentences and its words into syllables. */
export interface TextRules {
	/** What ends a sentence, for `String.prototype.split`. */
	sentenceEnd: RegExp;
	syllables(word: string): number;
}

/**
 * English: a sentence ends at `.`, `!` or `?` (with any closing quote or bracket after them)
 * before a space, and at a line break.
 */
const englishText: TextRules = {
	sentenceEnd: /(?<=[.!?]+["'”’)\]]*)\s+|\n+/,
	syllables: syllable,
};

/**
 * Splits plain text into sentences. A heading, list item or table cell without a full stop
 * still ends a sentence, so line breaks count as sentence ends as well as the language's marks
 * (`TextRules.sentenceEnd`). Parts without a letter are not sentences.
 */
export function splitSentences(text: string, rules: TextRules = englishText): string[] {
	return text
		.split(rules.sentenceEnd)
		.map((part) => part.replace(/\s+/g, ' ').trim())
		.filter((part) => /\p{L}/u.test(part));
}

/** A word: letters, in any language (colágeno), joined by an apostrophe or a hyphen. */
const wordPattern = /\p{L}+(?:['’-]\p{L}+)*/gu;

/** Counts sentences, words and syllables in plain text, English unless other rules are given. */
export function countText(text: string, rules: TextRules = englishText): TextCounts {
	const words = text.match(wordPattern) ?? [];
	return {
		sentence: splitSentences(text, rules).length,
		word: words.length,
		syllable: words.reduce((total, word) => total + rules.syllables(word), 0),
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
