import type { FilterCounts, PagefindSearchOptions } from './pagefind';

/** The Pagefind filter the content layout writes: `data-pagefind-filter="section:<label>"`. */
export const sectionFilterName = 'section';

/** One choice in the section filter, with how many results it holds. */
export interface SectionOption {
	value: string;
	count: number;
}

/**
 * The section filter's choices: the sections in the site's reading order (`order`), then any
 * other value Pagefind knows, A–Z. Counts come from `counts` (0 when it has none), so the list
 * stays the same while the counts follow the query.
 */
export function sectionOptions(
	known: FilterCounts | undefined,
	order: readonly string[],
	counts: FilterCounts | undefined = known,
): SectionOption[] {
	const values = Object.keys(known?.[sectionFilterName] ?? {});
	const ordered = [
		...order.filter((value) => values.includes(value)),
		...values.filter((value) => !order.includes(value)).sort((a, b) => a.localeCompare(b, 'en')),
	];
	return ordered.map((value) => ({ value, count: counts?.[sectionFilterName]?.[value] ?? 0 }));
}

/** The section to search in: the one asked for if the index has it, otherwise every section. */
export function chooseSection(requested: string, options: readonly SectionOption[]): string {
	return options.some((option) => option.value === requested) ? requested : '';
}

/** Pagefind search options for a section, or none for every section. */
export function sectionSearchOptions(section: string): PagefindSearchOptions {
	return section ? { filters: { [sectionFilterName]: section } } : {};
}
