/**
 * The terminology lint's dictionary, made from the glossary's `variants`, so the glossary stays
 * the only list of words: adding `{ wrong, use }` to an entry is all it takes to lint a spelling.
 */
import { escapeRegExp } from '../matcher.ts';
import type { Variant, VocabularyTerm } from '../terms.ts';

/** One entry for `textlint-rule-terminology`'s `terms` option: a pattern and its replacement. */
type TerminologyEntry = [pattern: string, replacement: string];

/** The words of a form as a pattern: any run of white space between words (a Markdown line break can fall inside "micro needling"). */
function wordsPattern(form: string): string {
	return form.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
}

/** A form as a `String.replace` template: a literal "$" must be doubled. */
const literal = (form: string) => form.replace(/\$/g, '$$$$');

/**
 * The plural of a form whose last syllable is stressed and written with an accent before "n" or
 * "s": Spanish drops the accent there ("micropunción", "micropunciones"). Undefined for any other form.
 */
function accentDroppingPlural(form: string): string | undefined {
	const match = /([áéíóú])([ns])$/iu.exec(form.trim());
	if (!match) return undefined;
	const vowel = (match[1] ?? '').normalize('NFD').replace(/\u0301/, '');
	return `${form.trim().slice(0, match.index)}${vowel}${match[2]}es`;
}

/** One wrong form the rule looks for (a pattern without edges) and its replacement template. */
interface WrongForm {
	pattern: string;
	replacement: string;
}

/**
 * The wrong forms of a variant. Usually one, with an optional plural ("dermarollers"); the rule
 * matches in any case, so "Micro-needling" is caught too. When either form loses its accent in
 * the plural, the plural is a form of its own: "micropuncion" + "es" is the right plural
 * "micropunciones", never "micropunciónes", so it is looked for only when it differs from the right one.
 */
function wrongForms({ wrong, use }: Variant): WrongForm[] {
	const wrongPlural = accentDroppingPlural(wrong);
	const usePlural = accentDroppingPlural(use);
	if (wrongPlural === undefined && usePlural === undefined) {
		const plural = /[a-z]$/i.test(wrong);
		return [
			{ pattern: plural ? `${wordsPattern(wrong)}((?:e?s)?)` : wordsPattern(wrong), replacement: literal(use) + (plural ? '$1' : '') },
		];
	}
	const regularPlural = (form: string) => form.trim() + (/[aeiouáéó]$/i.test(form.trim()) ? 's' : 'es');
	const plurals = [wrongPlural ?? regularPlural(wrong), usePlural ?? regularPlural(use)] as const;
	const forms = [{ pattern: wordsPattern(wrong), replacement: literal(use) }];
	if (plurals[0].toLowerCase() !== plurals[1].toLowerCase())
		forms.push({ pattern: wordsPattern(plurals[0]), replacement: literal(plurals[1]) });
	return forms;
}

// The rule wraps a plain pattern in `\b…\b` and wants a space or punctuation after it, which
// never matches after a final "." as in "C.I.T.", nor before a hyphen as in
// "micro-needling-based". A pattern with its own look-behind is used as written, so each entry
// carries its own edges: no letter, digit or underscore may touch the wrong form. The rule's
// regular expressions have no `u` flag, so the letters are ASCII and the Latin letters with accents.
const letter = String.raw`[\w\u00C0-\u024F]`;
const before = `(?<!${letter})`;
const after = `(?!${letter})`;

/**
 * The `terms` option for `textlint-rule-terminology`: one `[pattern, replacement]` per wrong
 * form of each glossary variant, longest first so that "micro-needling pen" wins over "micro-needling".
 */
export function terminologyTerms(terms: readonly VocabularyTerm[]): TerminologyEntry[] {
	const variants = terms.flatMap((term) => term.variants).filter((variant) => variant.wrong.trim() && variant.use.trim());
	variants.sort((a, b) => b.wrong.length - a.wrong.length);
	return variants.flatMap(wrongForms).map(({ pattern, replacement }) => [`${before}${pattern}${after}`, replacement]);
}

/** Quotation marks that may open and close a quoted wrong form: straight and curly, double and single. */
const quoteMarks = String.raw`["“”‘’']`;

/**
 * Patterns for `textlint-filter-rule-allowlist`: a wrong form inside quotation marks is a
 * mention, not a mistake ('Some ads call it "non-invasive", but that is wrong.'). Only the
 * wrong form itself may be quoted, with at most a comma or full stop before the closing mark,
 * so a quotation mark further away never hides a real mistake.
 */
export function quotedVariantPatterns(terms: readonly VocabularyTerm[]): string[] {
	return terms
		.flatMap((term) => term.variants)
		.filter((variant) => variant.wrong.trim() && variant.use.trim())
		.flatMap(wrongForms)
		.map(({ pattern }) => `/${quoteMarks}${pattern}[.,;:!?]?${quoteMarks}/i`);
}

const terminologyMessage = /^Incorrect term: “([\s\S]*)”, use “([\s\S]*)” instead$/;

/**
 * The text before a word ends where a sentence starts: at the file's start, after a blank line,
 * a full stop, question or exclamation mark, or a list, quote or heading marker; opening marks
 * ("¿", "¡", quotation marks, a bracket) may come between.
 */
const sentenceStart = new RegExp(
	String.raw`(?:^|\n[ \t]*\n|[.!?…]['"’”»)]*\s)\s*[¿¡"“«‘'(]*$|(?:^|\n)[ \t]*(?:[-*+>]|\d+[.)]|#{1,6})[ \t]+[¿¡"“«‘'(]*$`,
	'u',
);

/**
 * The terminology rule's message, worded for the content editor as the fix to make:
 * `Incorrect term: “micro-needling”, use “microneedling” instead` → `Write "microneedling", not "micro-needling"`.
 * `before` is the text before the wrong form: where a sentence starts, a capital written there is
 * kept, which the rule itself does only after an ASCII letter and a full stop, never after "¿".
 * Undefined when the capital makes the words right after all; any other message is returned unchanged.
 */
export function terminologyFix(message: string, before = ''): string | undefined {
	const match = terminologyMessage.exec(message);
	if (!match) return message;
	const [, wrong = '', use = ''] = match;
	const fix = /^\p{Lu}/u.test(wrong) && sentenceStart.test(before) ? use.charAt(0).toUpperCase() + use.slice(1) : use;
	return fix === wrong ? undefined : `Write "${fix}", not "${wrong}"`;
}
