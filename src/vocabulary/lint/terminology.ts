/**
 * The terminology lint's dictionary, made from the glossary's `variants`, so the glossary stays
 * the only list of words: adding `{ wrong, use }` to an entry is all it takes to lint a spelling.
 */
import { escapeRegExp } from '../matcher.ts';
import type { VocabularyTerm } from '../terms.ts';

/** One entry for `textlint-rule-terminology`'s `terms` option: a pattern and its replacement. */
type TerminologyEntry = [pattern: string, replacement: string];

/**
 * The words of a wrong form as a pattern: any run of white space between words (a Markdown
 * line break can fall inside "micro needling"), and an optional plural ("dermarollers").
 * The rule matches in any case, so "Micro-needling" is caught too.
 */
function wrongFormPattern(wrong: string): { pattern: string; plural: boolean } {
	const words = wrong.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
	const plural = /[a-z]$/i.test(wrong);
	return { pattern: plural ? `${words}((?:e?s)?)` : words, plural };
}

// The rule wraps a plain pattern in `\b…\b` and wants a space or punctuation after it, which
// never matches after a final "." as in "C.I.T.", nor before a hyphen as in
// "micro-needling-based". A pattern with its own look-behind is used as written, so each entry
// carries its own edges: no letter, digit or underscore may touch the wrong form. The rule's
// regular expressions have no `u` flag, so the edges are ASCII classes.
const before = '(?<!\\w)';
const after = '(?!\\w)';

/**
 * The `terms` option for `textlint-rule-terminology`: one `[pattern, replacement]` per glossary
 * variant, longest first so that "micro-needling pen" wins over "micro-needling".
 */
export function terminologyTerms(terms: readonly VocabularyTerm[]): TerminologyEntry[] {
	const variants = terms.flatMap((term) => term.variants).filter((variant) => variant.wrong.trim() && variant.use.trim());
	variants.sort((a, b) => b.wrong.length - a.wrong.length);
	return variants.map(({ wrong, use }) => {
		const { pattern, plural } = wrongFormPattern(wrong);
		// The replacement is a `String.replace` template: a literal "$" must be doubled.
		const replacement = use.replace(/\$/g, '$$$$') + (plural ? '$1' : '');
		return [`${before}${pattern}${after}`, replacement];
	});
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
		.filter((variant) => variant.wrong.trim())
		.map(({ wrong }) => `/${quoteMarks}${wrongFormPattern(wrong).pattern}[.,;:!?]?${quoteMarks}/i`);
}

const terminologyMessage = /^Incorrect term: “([\s\S]*)”, use “([\s\S]*)” instead$/;

/**
 * The terminology rule's message, worded for the content editor as the fix to make:
 * `Incorrect term: “micro-needling”, use “microneedling” instead` → `Write "microneedling", not "micro-needling"`.
 * Any other message is returned unchanged.
 */
export function terminologyFix(message: string): string {
	const match = terminologyMessage.exec(message);
	return match ? `Write "${match[2]}", not "${match[1]}"` : message;
}
