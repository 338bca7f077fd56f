import { sectionLabel } from '../site/sections';
import type { VocabularyTerm } from '../vocabulary/terms';
import { type ExcerptPart, excerptParts } from './excerpt';
import { sectionFilterName } from './filters';
import type { FilterCounts, PagefindResultData } from './pagefind';

/**
 * How many results the page shows at a time; "Show more results" adds as many again. Each shown
 * result costs a fragment download, so the first answer stays small, as Pagefind's own
 * interface does with its five.
 */
export const resultsPerPage = 5;

/** A result as the page shows it. Every field is text; none is HTML. */
export interface ResultView {
	href: string;
	title: string;
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

/** A Pagefind result's data as the page shows it; a page without a section filter takes its address's section. */
export function resultView(data: PagefindResultData): ResultView {
	const href = safePath(data.url);
	return {
		href,
		title: data.meta.title?.trim() || href,
		section: data.filters?.[sectionFilterName]?.[0] ?? sectionLabel(href),
		excerpt: excerptParts(data.excerpt ?? ''),
	};
}

/** The definition cards for the terms a query names, in the order it names them. */
export function definitionViews(termIds: readonly string[], terms: readonly VocabularyTerm[], limit = 2): DefinitionView[] {
	return termIds
		.flatMap((id) => terms.filter((term) => term.id === id))
		.slice(0, limit)
		.map((term) => ({ id: term.id, term: term.term, definition: term.definition, href: `/glossary/${term.id}/` }));
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
export function resultCountMessage(total: number, query: string, shown: number, section = ''): string {
	const where = section ? ` in ${section}` : '';
	const quoted = `“${query.trim()}”`;
	if (total === 0) return `No results for ${quoted}${where}`;
	const counted = `${total} ${total === 1 ? 'result' : 'results'} for ${quoted}${where}`;
	return shown < total ? `${counted}. Showing the first ${shown}.` : counted;
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
