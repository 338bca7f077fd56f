import type { Lang } from '../i18n/languages';
import { namesOf, type VocabularyTerm } from './terms';

/** A glossary entry as the index needs it. */
interface IndexedTerm {
	id: string;
	term: string;
}

/**
 * Groups terms A–Z by their first letter, each group sorted alphabetically in the glossary's
 * language. An accented letter is filed under its letter ("Ácido" under A), and Spanish's Ñ under
 * its own; terms that start with a digit or symbol go under "#". Each group has an anchor id
 * that a URL fragment may hold.
 */
export function groupByInitial<T extends IndexedTerm>(terms: readonly T[], lang: Lang): { letter: string; anchor: string; terms: T[] }[] {
	const groups = new Map<string, T[]>();
	const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term, lang, { sensitivity: 'base' }));
	for (const term of sorted) {
		const initial = term.term.charAt(0).toUpperCase();
		const base = initial === 'Ñ' ? initial : initial.normalize('NFD').replace(/\p{M}/gu, '');
		const letter = /^[A-ZÑ]$/.test(base) ? base : '#';
		groups.set(letter, [...(groups.get(letter) ?? []), term]);
	}
	return [...groups].map(([letter, grouped]) => ({ letter, anchor: `letter-${letter === '#' ? 'other' : letter}`, terms: grouped }));
}

/** Every other name for a term, for "Also called": its aliases, then its abbreviation. */
export function otherNames(term: Pick<VocabularyTerm, 'term' | 'aliases' | 'abbreviation'>): string[] {
	return namesOf(term).slice(1);
}
