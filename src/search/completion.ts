import { namesOf, type VocabularyTerm } from '../vocabulary/terms';

/**
 * The glossary term a word being typed is the start of, when there is exactly one: "ci" of CIT,
 * "derma" of derma roller. The search page loads that term's index chunks before the last key,
 * so a term's many names cost no wait when the word is finished.
 */
export function termBeingTyped(query: string, terms: readonly VocabularyTerm[]): VocabularyTerm | undefined {
	const typed = /(\p{L}{2,})$/u.exec(query)?.[1]?.toLowerCase();
	if (!typed) return undefined;
	const matching = terms.filter((term) =>
		[...namesOf(term), ...term.searchNames].some((name) => {
			const lower = name.toLowerCase();
			return lower.length > typed.length && lower.startsWith(typed);
		}),
	);
	return matching.length === 1 ? matching[0] : undefined;
}
