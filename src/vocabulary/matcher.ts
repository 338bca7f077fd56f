import { namesOf, type VocabularyTerm } from './terms.ts';

/** One mention of a glossary term in a text. */
export interface TermMention {
	/** The glossary entry the words name. */
	id: string;
	/** Where the words start and end in the text (end is exclusive). */
	start: number;
	end: number;
	/** The words as written: an alias keeps its own words. */
	text: string;
}

interface MatcherOptions {
	/** Also match the wrong spellings (`micro-needling`), as search does; the linker does not. */
	variants?: boolean;
	/** Also match each term's search names (`Dermapen`), as search does; the linker never shows them. */
	searchNames?: boolean;
	/** Match abbreviations in any case (`cit`), as people type them into search. */
	abbreviationsInAnyCase?: boolean;
}

/** A name such as "CIT" or "RF microneedling" that is written in capitals and matched as written. */
function isAbbreviation(name: string): boolean {
	return /\p{Lu}{2}/u.test(name);
}

/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern that matches each letter in either case: "microneedling" → "[mM][iI]…". */
export function anyCase(pattern: string): string {
	return pattern.replace(/\p{L}/gu, (letter) => {
		const lower = letter.toLowerCase();
		const upper = letter.toUpperCase();
		return lower === upper ? letter : `[${lower}${upper}]`;
	});
}

/** A pattern for one name: any case, any run of spaces between words, and an optional plural. */
function namePattern(name: string, exactCase: boolean): string {
	const words = name.trim().split(/\s+/).map(escapeRegExp);
	if (exactCase) return words.join('\\s+');
	const anyCaseWords = words.map(anyCase).join('\\s+');
	return /\p{L}$/u.test(name) ? `${anyCaseWords}(?:[eE]?[sS])?` : anyCaseWords;
}

/**
 * Finds mentions of glossary terms in plain text: whole words only, the longest name first
 * ("collagen induction therapy" before "collagen"), in any case except abbreviations, which
 * must be written in capitals so that "cit" inside ordinary words never matches.
 */
export function createTermMatcher(terms: readonly VocabularyTerm[], options: MatcherOptions = {}) {
	const capitalsOnly = (name: string) => isAbbreviation(name) && !options.abbreviationsInAnyCase;
	const names = terms.flatMap((term) => [
		...namesOf(term).map((name) => ({ name, id: term.id, exactCase: capitalsOnly(name) })),
		...(options.variants
			? term.variants.map((variant) => ({ name: variant.wrong, id: term.id, exactCase: capitalsOnly(variant.wrong) }))
			: []),
		// A search name is what a reader types, so its case never matters ("dermapen", "SKINPEN").
		...(options.searchNames ? term.searchNames.map((name) => ({ name, id: term.id, exactCase: false })) : []),
	]);
	names.sort((a, b) => b.name.length - a.name.length);
	const groups = names.map(({ name, exactCase }) => `(${namePattern(name, exactCase)})`);
	// Letters, digits and hyphens continue a word: "collagen" does not match in "procollagen"
	// or "collagen-rich", so only whole words link.
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${groups.join('|')})(?![\\p{L}\\p{N}_-])`, 'gu');

	return {
		/** Every mention in the text, in order, none overlapping. */
		find(text: string): TermMention[] {
			if (names.length === 0) return [];
			const mentions: TermMention[] = [];
			for (const match of text.matchAll(pattern)) {
				const group = match.findIndex((value, index) => index > 0 && value !== undefined);
				const owner = names[group - 1];
				if (!owner) continue;
				mentions.push({ id: owner.id, start: match.index, end: match.index + match[0].length, text: match[0] });
			}
			return mentions;
		},
	};
}
