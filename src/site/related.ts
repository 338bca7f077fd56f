/** An FAQ topic's page: its questions with their full answers. */
export function faqTopicPath(topic: string): string {
	return `/faq/${topic}/`;
}

/**
 * Where an FAQ answer is shown: at its anchor on its topic's page. The FAQ index (`/faq/`) keeps
 * an anchor per question that leads on to it, so links made before the FAQ had a page per
 * topic (`/faq/#<id>`) still land on the question.
 */
export function faqAnswerPath(topic: string, id: string): string {
	return `${faqTopicPath(topic)}#${id}`;
}

/** The collections an entry can point to in `related`, and where each entry is shown. */
const entryPaths = {
	procedure: (id: string) => `/procedure/#${id}`,
	benefits: (id: string) => `/benefits/#${id}`,
	sideEffects: (id: string) => `/side-effects/#${id}`,
	suitability: (id: string) => `/suitability/#${id}`,
	aftercare: (id: string) => `/aftercare/#${id}`,
	options: (id: string) => `/options/#${id}`,
	// The question's anchor on the index; `relatedLinks` is given the answer's own page.
	faq: (id: string) => `/faq/#${id}`,
	glossary: (id: string) => `/glossary/${id}/`,
} as const;

export type LinkableCollection = keyof typeof entryPaths;

/** The URL path where an entry is shown: its own page, or its anchor on its section page. */
export function entryPath(collection: LinkableCollection, id: string): string {
	return entryPaths[collection](id);
}

/** A link to a related entry, ready to render. */
interface RelatedLink {
	href: string;
	label: string;
}

/** What a page knows of an entry it links to: its visible name, and its path where the id alone does not give it. */
export interface LinkedEntry {
	title: string;
	path?: string;
}

/**
 * Turns a `related` field into links, in the order of the collections above, using `entryOf`
 * for each entry's visible name (and path, for an FAQ answer, which is on its topic's page).
 */
export function relatedLinks(
	related: Partial<Record<LinkableCollection, readonly { id: string }[]>>,
	entryOf: (collection: LinkableCollection, id: string) => LinkedEntry,
): RelatedLink[] {
	return (Object.keys(entryPaths) as LinkableCollection[]).flatMap((collection) =>
		(related[collection] ?? []).map(({ id }) => {
			const entry = entryOf(collection, id);
			return { href: entry.path ?? entryPath(collection, id), label: entry.title };
		}),
	);
}
