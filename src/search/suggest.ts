/**
 * "Did you mean …?" for words no page holds: the closest words by edit distance (a letter added,
 * dropped, changed or two swapped), closest first, then in the order the candidates are given.
 */
import distance from 'damerau-levenshtein';
import { escapeRegExp } from '../vocabulary/matcher.ts';
import { namesOf, type VocabularyTerm } from '../vocabulary/terms.ts';

/** A word a reader may have meant, and what to suggest for it. */
export interface Candidate {
	/** Compared with what was typed, in lower case. */
	match: string;
	/** Shown and searched: a wrong spelling suggests the spelling to use. */
	suggest: string;
}

/** The most edits a suggestion may need: one for a short word, two for a longer one. */
function maxEdits(word: string): number {
	return word.length <= 4 ? 1 : 2;
}

/**
 * The words to compare with: every name the glossary knows a term by (its names, wrong
 * spellings and search names) first, then the index's own words, most used first.
 */
export function suggestionCandidates(terms: readonly VocabularyTerm[], indexWords: readonly string[]): Candidate[] {
	const fromTerms = terms.flatMap((term) => {
		const spellings = term.variants.map((variant) => ({ match: variant.wrong.toLowerCase(), suggest: variant.use.toLowerCase() }));
		// A search name that is also a wrong spelling ("dermaroller") suggests the spelling to use.
		const suggestFor = (name: string) => spellings.find((spelling) => spelling.match === name)?.suggest ?? name;
		return [
			...[...namesOf(term), ...term.searchNames].map((name) => ({ match: name.toLowerCase(), suggest: suggestFor(name.toLowerCase()) })),
			...spellings,
		];
	});
	return [...fromTerms, ...indexWords.map((word) => ({ match: word, suggest: word }))];
}

/** Up to `limit` different suggestions for one word, closest first. */
export function closestWords(word: string, candidates: readonly Candidate[], limit = 3): string[] {
	const typed = word.toLowerCase();
	// A word of two or three letters is a letter away from too many others to guess well.
	if (typed.length < 4) return [];
	const most = maxEdits(typed);
	const scored = candidates
		.map((candidate, order) => ({ candidate, order }))
		.filter(({ candidate }) => candidate.match !== typed && Math.abs(candidate.match.length - typed.length) <= most)
		.map(({ candidate, order }) => ({ suggest: candidate.suggest, order, edits: distance(typed, candidate.match).steps }))
		.filter(({ edits, suggest }) => edits <= most && suggest !== typed)
		.sort((a, b) => a.edits - b.edits || a.order - b.order);
	return [...new Set(scored.map(({ suggest }) => suggest))].slice(0, limit);
}

/**
 * Whole queries to offer instead of `query`: each unknown word replaced by its closest word; then
 * the first unknown word's next-closest words in its place. Queries with nothing to suggest give none.
 */
export function suggestQueries(query: string, unknown: readonly string[], candidates: readonly Candidate[], limit = 3): string[] {
	const choices = unknown.map((word) => ({ word, closest: closestWords(word, candidates, limit) })).filter(({ closest }) => closest.length);
	if (choices.length === 0) return [];
	const replace = (picks: readonly string[]) =>
		choices.reduce(
			(text, { word }, index) =>
				text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'giu'), picks[index] ?? word),
			query.trim(),
		);
	const best = choices.map(({ closest }) => closest[0] ?? '');
	const alternatives = (choices[0]?.closest.slice(1) ?? []).map((other) => replace([other, ...best.slice(1)]));
	return [...new Set([replace(best), ...alternatives])].slice(0, limit);
}
