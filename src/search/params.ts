/** What a search page address holds: the query as typed and the section it is narrowed to. */
export interface SearchState {
	query: string;
	/** A section label ("Side effects"), or empty for every section. */
	section: string;
}

/** The longest query kept from an address; anything longer is cut, not rejected. */
export const maxQueryLength = 200;

/** Reads `?q=…&section=…` from a `location.search` string. Missing values are empty. */
export function readSearchState(search: string): SearchState {
	const params = new URLSearchParams(search);
	return {
		query: (params.get('q') ?? '').slice(0, maxQueryLength),
		section: params.get('section')?.trim() ?? '',
	};
}

/**
 * The address of a search: `/search/?q=CIT&section=FAQ`. An empty query or section is left
 * out, so a cleared search is plain `/search/`.
 */
export function searchHref(state: SearchState, path = '/search/'): string {
	const params = new URLSearchParams();
	if (state.query.trim()) params.set('q', state.query);
	if (state.section) params.set('section', state.section);
	const query = params.toString();
	return query ? `${path}?${query}` : path;
}

/** Whether two states are the same search (so the history needs no new entry). */
export function sameSearch(a: SearchState, b: SearchState): boolean {
	return a.query.trim() === b.query.trim() && a.section === b.section;
}
