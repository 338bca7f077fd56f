import { sectionLabel } from '../site/sections';
import type { QueryUnit } from '../vocabulary/query';
import type { VocabularyTerm } from '../vocabulary/terms';
import type { AnsweredData, SearchOutcome } from './engine';
import { type ExcerptPart, excerptParts } from './excerpt';
import { sectionFilterName } from './filters';
import { fill, type SearchText } from './messages';
import type { FilterCounts, PagefindResultData } from './pagefind';

/**
 * How many results the page shows at a time; "Show more results" adds as many again. Each shown
 * result costs a fragment download, so the first answer stays small, as Pagefind's own
 * interface does with its five.
 */
export const resultsPerPage = 5;

/** A result as the page shows it. Every field is text; none is HTML. */
export interface ResultView {
	/** Where the result opens: the answering part of the page (`/faq/aftercare/#sun-afterwards`). */
	href: string;
	/** That part's heading ("Can I go in the sun afterwards?"), or the page's title at its top. */
	title: string;
	/** The page the part is on ("Aftercare questions"), or empty when the result is the page itself. */
	context: string;
	section: string;
	excerpt: ExcerptPart[];
}

/** A glossary term named by the query, shown above the results. */
export interface DefinitionView {
	id: string;
	term: string;
	definition: string;
	href: string;
}

/** Only a same-site path is a result address; anything else (`javascript:`, `//host`) is not. */
export function safePath(url: string): string {
	return /^\/(?![/\\])/.test(url) ? url : '/';
}

/** A result's data as the page shows it; a page without a section filter takes its address's section (`sectionOf`). */
export function resultView(data: AnsweredData, sectionOf: (path: string) => string = sectionLabel): ResultView {
	const page = safePath(data.url);
	const href = safePath(data.target.url);
	const pageTitle = data.meta.title?.trim() || page;
	const title = data.target.title.trim() || pageTitle;
	return {
		href,
		title,
		context: href === page || title === pageTitle ? '' : pageTitle,
		section: data.filters?.[sectionFilterName]?.[0] ?? sectionOf(page),
		excerpt: excerptParts(data.target.excerpt || data.excerpt || ''),
	};
}

/**
 * The terms to define above the results: those the query names, except, when it asks for more
 * than one thing, a term on more than half of the pages (the procedure itself), whose definition
 * the reader of such a query does not need.
 */
export function cardTermIds(units: readonly QueryUnit[], unitPages: readonly number[], pages: number): string[] {
	return units.flatMap((unit, index) => (unit.termId && (units.length === 1 || (unitPages[index] ?? 0) <= pages / 2) ? [unit.termId] : []));
}

/**
 * What the status adds to the count when the results are not simply the pages with every word:
 * the words no page holds, and which words a relaxed search kept.
 */
export function statusNotes(
	text: SearchText,
	count: string,
	outcome: Pick<SearchOutcome, 'complete' | 'relaxedTo' | 'unknown' | 'results'>,
): string {
	const notes = [count.replace(/\.$/, '')];
	if (outcome.unknown.length > 0 && outcome.results.length > 0) {
		notes.push(fill(text.unknownWords, { words: outcome.unknown.map((word) => `“${word}”`).join(text.unknownOr) }));
	}
	if (outcome.relaxedTo) {
		const about = outcome.relaxedTo.join(', ');
		const relaxed = outcome.complete === 0 ? text.relaxedNone : outcome.complete === 1 ? text.relaxedOne : text.relaxedSome;
		notes.push(fill(relaxed, { count: outcome.complete, about }));
	}
	return notes.length === 1 ? count : `${notes.join('. ')}.`;
}

/** The most definition cards above the results: more would push the results off the first screen. */
export const maxCards = 2;

/** The definition cards for the terms a query names, in the order it names them, linked to the glossary at `glossaryPath`. */
export function definitionViews(
	termIds: readonly string[],
	terms: readonly VocabularyTerm[],
	glossaryPath = '/glossary/',
	limit = maxCards,
): DefinitionView[] {
	return termIds
		.flatMap((id) => terms.filter((term) => term.id === id))
		.slice(0, limit)
		.map((term) => ({ id: term.id, term: term.term, definition: term.definition, href: `${glossaryPath}${term.id}/` }));
}

/**
 * Splits results into those to list and the glossary pages a definition card already stands
 * for: a search for "redness" shows the erythema card, then the pages about redness, rather
 * than the erythema entry twice.
 */
export function leaveOutDefined<T extends Pick<PagefindResultData, 'url'>>(
	results: readonly T[],
	definitions: readonly DefinitionView[],
): { listed: T[]; left: T[] } {
	const defined = new Set(definitions.map((definition) => definition.href));
	const isDefined = (result: T) => defined.has(safePath(result.url));
	return { listed: results.filter((result) => !isDefined(result)), left: results.filter(isDefined) };
}

/** Filter counts less the results left out of the list, so the counts match what is listed. */
export function countsWithout(counts: FilterCounts | undefined, left: readonly Pick<PagefindResultData, 'filters'>[]): FilterCounts {
	const copy: FilterCounts = Object.fromEntries(Object.entries(counts ?? {}).map(([name, values]) => [name, { ...values }]));
	for (const result of left) {
		for (const [name, values] of Object.entries(result.filters ?? {})) {
			for (const value of values) {
				const byValue = copy[name];
				if (byValue?.[value]) byValue[value] -= 1;
			}
		}
	}
	return copy;
}

/**
 * What the live region says once a search settles: "7 results for “CIT”", "1 result for
 * “redness” in Side effects", "No results for “xyz”". When more were found than are shown, it
 * says so.
 */
export function resultCountMessage(text: SearchText, total: number, query: string, shown: number, section = ''): string {
	const values = { count: total, query: query.trim(), where: section ? fill(text.where, { section }) : '' };
	if (total === 0) return fill(text.noResults, values);
	const counted = fill(total === 1 ? text.oneResult : text.results, values);
	return shown < total ? fill(text.showingFirst, { counted, shown }) : counted;
}

/**
 * Hands out a search's results a few at a time, loading each result's data (its fragment) only
 * when it is about to be shown, and leaving out the glossary pages that a definition card
 * already stands for. `lookAhead` is how many of those glossary pages may be among the results:
 * the first batch loads that many more, so a left-out page does not cost a second round of
 * downloads before the first screen can show.
 */
export function createResultPager<Data extends Pick<PagefindResultData, 'url' | 'filters'>>(
	results: readonly { data: () => Promise<Data> }[],
	definitions: readonly DefinitionView[],
	lookAhead = 0,
) {
	const queue = [...results];
	const ready: Data[] = [];
	const leftOut: Data[] = [];
	let extra = Math.min(lookAhead, definitions.length);
	return {
		/** The next `count` results to list (fewer at the end). */
		async next(count: number): Promise<Data[]> {
			while (ready.length < count && queue.length > 0) {
				const batch = queue.splice(0, count - ready.length + extra);
				extra = 0;
				const { listed, left } = leaveOutDefined(await Promise.all(batch.map((result) => result.data())), definitions);
				ready.push(...listed);
				leftOut.push(...left);
			}
			return ready.splice(0, count);
		},
		/** Whether any results are still to come. */
		get hasMore(): boolean {
			return ready.length > 0 || queue.length > 0;
		},
		/** The results left out so far, for the counts. */
		get leftOut(): readonly Data[] {
			return leftOut;
		},
	};
}
