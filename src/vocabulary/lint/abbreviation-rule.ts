/**
 * A textlint rule, made from the glossary: every abbreviation (CIT, PRP, "RF microneedling") is
 * spelled out where a file first uses it. A reader may land on any page first, so each file
 * must say what its short forms stand for.
 */
import type { TextlintRuleModule } from '@textlint/types';
import { anyCase, escapeRegExp } from '../matcher.ts';
import { expansionOf, type VocabularyTerm } from '../terms.ts';

/** The rule's id: the name in parentheses after each of its messages. */
export const abbreviationRuleId = 'abbreviations';

/**
 * A pattern for a name as a whole word, with any white space between its words. Words written
 * with capitals ("CIT", "RF") must be written that way, so "cit" in "citrus" or a URL never
 * counts; other words match in any case ("Radiofrequency microneedling" at a sentence start).
 */
function namePattern(name: string): string {
	const words = name
		.trim()
		.split(/\s+/)
		.map((word) => (/\p{Lu}{2}/u.test(word) ? escapeRegExp(word) : anyCase(escapeRegExp(word))));
	return `(?<![\\p{L}\\p{N}_])${words.join('\\s+')}(?![\\p{L}\\p{N}_])`;
}

/** What one abbreviation needs: how to find it, its expansion, and the fix to suggest. */
interface AbbreviationCheck {
	abbreviation: string;
	expansion: string;
	/** The words to write at the first use: "collagen induction therapy (CIT)". */
	fix: string;
	/** Finds the abbreviation as a whole word. */
	abbreviationPattern: RegExp;
	/** Finds the expansion as whole words, in any case, also as "radiofrequency (RF) microneedling". */
	expansionPattern: RegExp;
	/** Matches "(expansion)" right after the abbreviation: "CIT (collagen induction therapy)". */
	spelledOutAfter: RegExp;
}

/** The expansion as it reads mid-sentence: "Sun protection factor" → "sun protection factor". */
function midSentence(expansion: string): string {
	return /^\p{Lu}\p{Ll}/u.test(expansion) ? expansion.charAt(0).toLowerCase() + expansion.slice(1) : expansion;
}

const wordsPattern = (words: readonly string[]) => words.map(escapeRegExp).join('\\s+');

/** The checks for every glossary term that has an abbreviation. */
export function abbreviationChecks(terms: readonly VocabularyTerm[]): AbbreviationCheck[] {
	return terms.flatMap((term) => {
		if (!term.abbreviation?.trim()) return [];
		const abbreviation = term.abbreviation.trim();
		const expansion = expansionOf(term).trim();
		const abbreviationWords = abbreviation.split(/\s+/);
		const expansionWords = expansion.split(/\s+/);
		// "RF microneedling" shortens only the first word of "Radiofrequency microneedling", and
		// writers spell it out as "radiofrequency (RF) microneedling": the words the two share at
		// the end may follow the short form in parentheses.
		let shared = 0;
		while (
			shared < Math.min(abbreviationWords.length, expansionWords.length) - 1 &&
			abbreviationWords.at(-1 - shared)?.toLowerCase() === expansionWords.at(-1 - shared)?.toLowerCase()
		) {
			shared++;
		}
		const head = (words: string[]) => words.slice(0, words.length - shared);
		const tail = expansionWords.slice(expansionWords.length - shared);
		const spelledOut = [wordsPattern(expansionWords)];
		if (shared > 0) {
			spelledOut.push(
				`${wordsPattern(head(expansionWords))}\\s*\\(\\s*${wordsPattern(head(abbreviationWords))}\\s*\\)\\s+${wordsPattern(tail)}`,
			);
		}
		// "micropunción con RF" shortens only the last word of "micropunción con radiofrecuencia":
		// the words the two share at the start need not be repeated in the parentheses.
		let lead = 0;
		while (
			shared === 0 &&
			lead < Math.min(abbreviationWords.length, expansionWords.length) - 1 &&
			abbreviationWords[lead]?.toLowerCase() === expansionWords[lead]?.toLowerCase()
		) {
			lead++;
		}
		const fix =
			shared > 0
				? `${midSentence(head(expansionWords).join(' '))} (${head(abbreviationWords).join(' ')}) ${tail.join(' ')}`
				: `${midSentence(expansion)} (${abbreviationWords.slice(lead).join(' ')})`;
		return [
			{
				abbreviation,
				expansion,
				fix,
				abbreviationPattern: new RegExp(namePattern(abbreviation), 'u'),
				expansionPattern: new RegExp(`(?<![\\p{L}\\p{N}_])(?:${spelledOut.join('|')})(?![\\p{L}\\p{N}_])`, 'iu'),
				spelledOutAfter: new RegExp(`^\\s*\\(\\s*${wordsPattern(expansionWords)}\\s*\\)`, 'iu'),
			},
		];
	});
}

/** The message for an abbreviation used before it is spelled out, worded as the fix. */
export function spellOutMessage(check: Pick<AbbreviationCheck, 'abbreviation' | 'fix'>): string {
	return `Spell out "${check.abbreviation}" where this file first uses it: write "${check.fix}"`;
}

/**
 * The rule module. It reads the text of the file in order (frontmatter prose first, then the
 * body) and, for each abbreviation, looks at its first use: that use is fine when the expansion
 * came earlier in the file ("collagen induction therapy (CIT)", or the words in an earlier
 * sentence) or follows in parentheses ("CIT (collagen induction therapy)"). Only the first
 * use is reported, once per abbreviation, because spelling it out there fixes the file.
 */
export function createAbbreviationRule(terms: readonly VocabularyTerm[]): TextlintRuleModule {
	const checks = abbreviationChecks(terms);
	return (context) => {
		const { Syntax, RuleError, report, getSource, locator } = context;
		// Text nodes only: an abbreviation inside code, a link address or a component's props is
		// not read as prose.
		const texts: { node: Parameters<typeof report>[0]; text: string }[] = [];
		return {
			[Syntax.Str](node) {
				texts.push({ node, text: getSource(node) });
			},
			[Syntax.DocumentExit]() {
				for (const check of checks) {
					let expanded = false;
					for (const { node, text } of texts) {
						const use = check.abbreviationPattern.exec(text);
						const expansion = check.expansionPattern.exec(text);
						if (!use) {
							expanded ||= expansion !== null;
							continue;
						}
						const afterUse = text.slice(use.index + use[0].length);
						const spelledOut = expanded || (expansion !== null && expansion.index < use.index) || check.spelledOutAfter.test(afterUse);
						if (!spelledOut) {
							report(
								node,
								new RuleError(spellOutMessage(check), {
									padding: locator.range([use.index, use.index + use[0].length]),
								}),
							);
						}
						break;
					}
				}
			},
		};
	};
}
