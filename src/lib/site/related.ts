/** The collections an entry can point to in `related`, and where each entry is shown. */
const entryPaths = {
	procedure: (id: string) => `/procedure/#${id}`,
	benefits: (id: string) => `/benefits/#${id}`,
	sideEffects: (id: string) => `/side-effects/#${id}`,
	suitability: (id: string) => `/suitability/#${id}`,
	aftercare: (id: string) => `/aftercare/#${id}`,
	faq: (id: string) => `/faq/#${id}`,
	glossary: (id: string) => `/glossary/${id}/`,
} as const;

export type LinkableCollection = keyof typeof entryPaths;

/** The URL path where an entry is shown: its own page, or its anchor on its section page. */
export function entryPath(collection: LinkableCollection, id: string): string {
	return entryPaths[collection](id);
}

/** A link to a related entry, ready to render. */
export interface RelatedLink {
	href: string;
	label: string;
}

/**
 * Turns a `related` field into links, in the order of the collections above, using
 * `titleOf` for each entry's visible name.
 */
export function relatedLinks(
	related: Partial<Record<LinkableCollection, readonly { id: string }[]>>,
	titleOf: (collection: LinkableCollection, id: string) => string,
): RelatedLink[] {
	return (Object.keys(entryPaths) as LinkableCollection[]).flatMap((collection) =>
		(related[collection] ?? []).map(({ id }) => ({ href: entryPath(collection, id), label: titleOf(collection, id) })),
	);
}
