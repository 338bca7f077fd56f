import { createTermMatcher } from './matcher';
import { namesOf, type VocabularyTerm } from './terms';

/** A search query with every name of a term replaced by all of that term's names. */
interface ExpandedQuery {
	/** What to send to Pagefind. */
	text: string;
	/** The glossary terms the query names, in the order they appear in it. */
	termIds: string[];
}

/**
 * Expands a search query so that every name of a term finds the same pages: "CIT",
 * "collagen induction therapy", "micro-needling" and "microneedling" all become the same
 * list of names. Pagefind has no synonyms of its own; each page carries the names of the terms
 * it mentions as metadata, so the expanded query matches it whichever name the page uses.
 */
export function createQueryExpander(terms: readonly VocabularyTerm[]) {
	const matcher = createTermMatcher(terms, { variants: true, abbreviationsInAnyCase: true, searchNames: true });
	const byId = new Map(terms.map((term) => [term.id, term]));
	return (query: string): ExpandedQuery => {
		const mentions = matcher.find(query);
		const termIds: string[] = [];
		let text = '';
		let cursor = 0;
		for (const mention of mentions) {
			const term = byId.get(mention.id);
			if (!term) continue;
			text += query.slice(cursor, mention.start);
			text += namesOf(term).join(' ').toLowerCase();
			cursor = mention.end;
			if (!termIds.includes(term.id)) termIds.push(term.id);
		}
		text += query.slice(cursor);
		return { text: text.replace(/\s+/g, ' ').trim(), termIds };
	};
}
