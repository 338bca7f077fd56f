/**
 * The parts of Pagefind's browser API (`/pagefind/pagefind.js`, written by `pagefind --site
 * dist`) that the search page uses. The npm package types only the indexing API, so these
 * are written from the built file and checked by the end-to-end tests.
 */

/** Filter name → value → number of pages, as `filters()` and a search response give them. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What a result's `data()` resolves to. */
export interface PagefindResultData {
	/** The page's address, such as `/side-effects/`. */
	url: string;
	/** Text around the best match, with matched words in `<mark>`; `<` and `>` are escaped. */
	excerpt: string;
	/** `data-pagefind-meta` values; `title` is plain text, not HTML. */
	meta: Record<string, string | undefined>;
	/** `data-pagefind-filter` values of the page. */
	filters?: Record<string, string[]>;
	word_count?: number;
	/**
	 * The page split at each heading or element with an id (and a `data-pagefind-title`), each
	 * part with its own address (`/faq/aftercare/#sun-afterwards`), title and matched words. The
	 * text before the first one is a part with the page's own title and address.
	 */
	sub_results?: PagefindSubResult[];
}

/** A word Pagefind matched, where it is in the page, and the weight of the text it is in. */
interface PagefindLocation {
	weight: number;
	balanced_score: number;
	location: number;
}

export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	weighted_locations: PagefindLocation[];
}

export interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindResultData>;
}

export interface PagefindSearchResponse {
	results: PagefindResult[];
	unfilteredResultCount: number;
	/** Counts for each filter value if it were added to the filters in use. */
	filters: FilterCounts;
	/** Counts for each filter value with no filters in use. */
	totalFilters: FilterCounts;
}

export interface PagefindSearchOptions {
	filters?: Record<string, string | string[]>;
}

/** Pagefind's ranking knobs: https://pagefind.app/docs/ranking/ */
export interface PagefindRanking {
	/** How much a long page is ranked below a short one with the same matches: from 0 (not at all) to 1. */
	pageLength?: number;
	/** How much repeating a word raises a page, from 0 (not at all) to 1. */
	termFrequency?: number;
	/** How quickly repeats stop counting: lower saturates sooner. */
	termSaturation?: number;
	/** How much an exact word outranks a longer word it starts. */
	termSimilarity?: number;
}

export interface PagefindOptions {
	ranking?: PagefindRanking;
	/** Words of context in each excerpt (Pagefind's default is 30). */
	excerptLength?: number;
	basePath?: string;
	/**
	 * Search on the page's own thread instead of in Pagefind's web worker (set before `init()`).
	 * This index is small enough to search in a few milliseconds, and the worker would cost one
	 * more request and download.
	 */
	noWorker?: boolean;
}

/** The module `import('/pagefind/pagefind.js')` resolves to. */
export interface PagefindModule {
	options: (options: PagefindOptions) => Promise<void>;
	init: () => Promise<void>;
	search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindSearchResponse | null>;
	/** Loads the index chunks a search for `term` needs, without searching. */
	preload: (term: string, options?: PagefindSearchOptions) => Promise<void>;
	filters: () => Promise<FilterCounts>;
}
