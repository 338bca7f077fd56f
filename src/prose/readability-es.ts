/**
 * How easy Spanish text is to read: the Flesch–Szigriszt index (IFSZ) on the INFLESZ scale
 * (Barrio-Cantalejo et al. 2008, validated on texts for patients in Spain). Flesch-Kincaid's
 * weights fit English words and sentences, not Spanish ones. Decision 48 in docs/decisions.md
 * says why the syllables are counted here rather than by a package.
 */
import { countText, type TextRules } from './readability.ts';

/** Every vowel letter. `y` is never a syllable's nucleus, so it need not be one. */
const vowel = 'aeiouáéíóúü';
const vowelGroup = new RegExp(`[${vowel}]+`, 'g');
/** An `h` between vowels, unless a diphthong follows it (see `spanishSyllables`). */
const silentH = new RegExp(`(?<=[${vowel}])h(?=[${vowel}])(?![iu][${vowel}])`, 'g');

/**
 * Vowels that are each a syllable's nucleus: the open vowels, and a close vowel with an accent,
 * which breaks the diphthong it would make (dí-a, pa-ís, re-ú-ne).
 */
const nucleus = /[aeoáéóíú]/g;

/**
 * The number of syllables of a Spanish word, by the Real Academia's rules. A syllable is a
 * nucleus, so counting needs no consonant rules: groups like `pr`, `bl`, `tr`, `rr`, `ll` and `ch`
 * decide where a word is hyphenated, never how many syllables it has (trans-por-te, gue-rra).
 * What needs rules is which vowels share a syllable:
 * - Open vowels (a, e, o) are each their own syllable (po-e-ta, le-er), and so is a close vowel
 *   (i, u) with an accent (dí-a, o-í-do).
 * - An unaccented close vowel joins the vowels beside it: a diphthong (ai-re, ciu-dad, cui-da-do)
 *   or a triphthong (es-tu-diáis). Two of the same close vowel stay apart (chi-i-ta).
 * - The same rule covers the rest: the silent `u` of `que`, `gui` (quie-ro, guí-a), the said `ü`
 *   of `güe` (ci-güe-ña) and the `y` of `hoy` or `buey` add no syllable to the vowel beside them.
 * - An `h` between vowels is silent and does not keep them apart (ahu-mar, prohi-bir, de-sahu-cio),
 *   except where it starts a syllable before a diphthong of its own (ca-ca-hue-te, chi-hua-hua).
 * Loanwords spelled as in their own language (microneedling) are counted as if Spanish, and a
 * word without a vowel (mm, y) counts as one syllable.
 */
export function spanishSyllables(word: string): number {
	const letters = word.normalize('NFC').toLowerCase().replace(silentH, '');
	const syllables = (letters.match(vowelGroup) ?? [])
		// Two of the same close vowel, accented or not, are a hiatus (chi-i-ta, fri-í-si-mo).
		.flatMap((group) => group.split(/(?<=[ií])(?=[ií])|(?<=[uú])(?=[uú])/))
		.reduce((total, group) => total + Math.max(1, group.match(nucleus)?.length ?? 0), 0);
	return Math.max(1, syllables);
}

/**
 * Spanish sentences end as English ones do, and at `…` and the closing `»`, with two
 * exceptions: a full stop after a title or a short form that a name, figure or word follows
 * (Dr., Dra., Sra., núm., pág., aprox., EE. UU.), and a mark followed by a small letter, which
 * Spanish writes only inside a sentence ("aprox. una semana", "¿Duele?, ¿pica?"). `¿` and `¡`
 * open a sentence, so they need no rule.
 */
export const spanishText: TextRules = {
	sentenceEnd:
		/(?<=[.!?…]+["'”’»)\]]*)(?<!(?<!\p{L})(?:[Dd]ra?|[Ss]ra?|[Ss]rta|[Uu]ds?|EE|[Nn]úm|[Pp]ágs?|[Aa]prox|[Ff]ig)\.)\s+(?!\p{Ll})|\n+/u,
	syllables: spanishSyllables,
};

/**
 * The Flesch–Szigriszt index of a Spanish text, to one decimal: 206.835 − 62.3 × syllables per
 * word − words per sentence. Higher is easier. A text without words scores 100 ("muy fácil"):
 * with nothing to read, nothing is hard to read.
 */
export function infleszScore(text: string): number {
	const counts = countText(text, spanishText);
	if (counts.word === 0 || counts.sentence === 0) return 100;
	const score = 206.835 - (62.3 * counts.syllable) / counts.word - counts.word / counts.sentence;
	return Math.round(score * 10) / 10;
}

/** The INFLESZ bands, hardest first. */
export type InfleszBand = 'muy difícil' | 'algo difícil' | 'normal' | 'bastante fácil' | 'muy fácil';

/**
 * The INFLESZ band of a score: under 40 "muy difícil", 40–55 "algo difícil", 55–65 "normal",
 * 65–80 "bastante fácil", over 80 "muy fácil". Each band holds its lower bound, so a page at 55,
 * the least the site allows, reads as "normal"; 80 is the top of "bastante fácil".
 */
export function infleszBand(score: number): InfleszBand {
	if (score < 40) return 'muy difícil';
	if (score < 55) return 'algo difícil';
	if (score < 65) return 'normal';
	if (score <= 80) return 'bastante fácil';
	return 'muy fácil';
}
