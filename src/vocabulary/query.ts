import { createTermMatcher } from './matcher';
import { namesOf, type VocabularyTerm } from './terms';

/** One thing a query asks for: a glossary term (with all of its names) or one other word. */
export interface QueryUnit {
	/** The words as the reader typed them: "Accutane", "redness", "last". */
	label: string;
	/** What to send to Pagefind for it. */
	text: string;
	/** The glossary term the words name, if they name one. */
	termId?: string;
}

/** A search query with every name of a term replaced by all of that term's names. */
interface ExpandedQuery {
	/** What to send to Pagefind: every unit's text. */
	text: string;
	/** The glossary terms the query names, in the order they appear in it. */
	termIds: string[];
	/** What the query asks for, in order, each once; words that carry no meaning are left out. */
	units: QueryUnit[];
}

interface ExpanderOptions {
	/** Words that carry no meaning for this site ("how", "my"), dropped unless they are all the query has. */
	stopWords?: readonly string[];
}

/** A word: letters and digits, with an apostrophe or hyphen inside ("don't", "retin-a"). */
const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** A word as the stop list holds it: lower case, with a straight apostrophe. */
export function normalizeWord(word: string): string {
	return word.toLowerCase().replace(/’/g, "'");
}

/**
 * Expands a search query so that every name of a term finds the same pages: "CIT",
 * "collagen induction therapy", "micro-needling" and "microneedling" all become the same
 * list of names, and so do a term's search names ("Dermapen"). Pagefind has no synonyms of its
 * own; each page carries the names of the terms it mentions as metadata, so the expanded query
 * matches it whichever name the page uses. Terms are found before stop words are dropped, so a
 * stop word inside a term's name stays.
 */
export function createQueryExpander(terms: readonly VocabularyTerm[], options: ExpanderOptions = {}) {
	const matcher = createTermMatcher(terms, { variants: true, abbreviationsInAnyCase: true, searchNames: true });
	const byId = new Map(terms.map((term) => [term.id, term]));
	const stopWords = new Set((options.stopWords ?? []).map(normalizeWord));
	return (query: string): ExpandedQuery => {
		const found: (QueryUnit & { stop?: boolean })[] = [];
		const addWords = (text: string) => {
			for (const [word] of text.matchAll(wordPattern)) {
				found.push({ label: word, text: normalizeWord(word), stop: stopWords.has(normalizeWord(word)) });
			}
		};
		let cursor = 0;
		for (const mention of matcher.find(query)) {
			const term = byId.get(mention.id);
			if (!term) continue;
			addWords(query.slice(cursor, mention.start));
			found.push({ label: mention.text, text: namesOf(term).join(' ').toLowerCase(), termId: term.id });
			cursor = mention.end;
		}
		addWords(query.slice(cursor));
		const meaningful = found.filter((unit) => !unit.stop);
		const kept = meaningful.length > 0 ? meaningful : found;
		const units: QueryUnit[] = [];
		for (const { label, text, termId } of kept) {
			if (units.some((unit) => unit.text === text)) continue;
			units.push(termId ? { label, text, termId } : { label, text });
		}
		return {
			text: units.map((unit) => unit.text).join(' '),
			termIds: units.flatMap((unit) => (unit.termId ? [unit.termId] : [])),
			units,
		};
	};
}
