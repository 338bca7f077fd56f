import { namesOf, type VocabularyTerm } from './terms';

/** A glossary entry as the index needs it. */
interface IndexedTerm {
	id: string;
	term: string;
}

/**
 * Groups terms A–Z by their first letter, each group sorted alphabetically. Terms that start
 * with a digit or symbol go under "#".
 */
export function groupByInitial<T extends IndexedTerm>(terms: readonly T[]): { letter: string; terms: T[] }[] {
	const groups = new Map<string, T[]>();
	const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
	for (const term of sorted) {
		const initial = term.term.charAt(0).toUpperCase();
		const letter = /[A-Z]/.test(initial) ? initial : '#';
		groups.set(letter, [...(groups.get(letter) ?? []), term]);
	}
	return [...groups].map(([letter, grouped]) => ({ letter, terms: grouped }));
}

/** Every other name for a term, for "Also called": its aliases, then its abbreviation. */
export function otherNames(term: Pick<VocabularyTerm, 'term' | 'aliases' | 'abbreviation'>): string[] {
	return namesOf(term).slice(1);
}
