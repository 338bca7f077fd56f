/** The MDX components that stand for data in content/: a figure, a timing, the warning signs. */
export type DataComponent = 'Fact' | 'Advice' | 'WarningSigns';

/** A data component in an MDX body: its name, then its `id` if it has one. */
export const dataComponentPattern = /<(Fact|Advice|WarningSigns)(?:\s+id=["']([^"']+)["'])?\s*\/>/g;

/** What a data component shows, as text or Markdown: `('Fact', 'course-sessions')` → "3 to 6 sessions". */
export type DataValue = (component: DataComponent, id: string | undefined) => string;

/**
 * Writes each data component of an MDX body (`<Fact id="…" />`, `<Advice id="…" />`,
 * `<WarningSigns />`) as what it shows, through `write` (plain text as it is, HTML escaped), so
 * places that cannot render MDX still state the figure or advice from one source.
 */
export function replaceDataComponents(body: string, value: DataValue, write = (text: string) => text): string {
	return body.replace(dataComponentPattern, (_, component: DataComponent, id?: string) => write(value(component, id)));
}

/**
 * Turns an MDX answer into plain text for places that cannot render MDX: JSON-LD answers and
 * feeds. Each data component becomes what it shows, so the figure or advice still has one source.
 * The bodies are plain Markdown by policy (content/README.md), so removing its punctuation is
 * enough; anything richer is rendered by Astro, not here.
 */
export function mdxToPlainText(body: string, value: DataValue): string {
	return replaceDataComponents(body, value)
		.replace(/<[^>]+>/g, '')
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/^#{1,6}\s+/gm, '')
		.replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
		.replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Keys whose values are not prose: ids and references to other entries, enum values, dates,
 * fact ids, URLs and vocabulary bookkeeping. Everything else that holds a string is prose, so
 * a new prose field is linted (and counted as words a page shows) without being listed here.
 * The terminology lint and `dataText` both read this one list.
 */
export const nonProseKeys: ReadonlySet<string> = new Set([
	'id',
	'related',
	'sources',
	'topic',
	'group',
	'kind',
	'action',
	'order',
	'evidence',
	'frequency',
	'level',
	'basis',
	'urgency',
	'timing',
	'warningSigns',
	'sideEffect',
	// An advice entry's keywords are the words the content check looks for, not prose.
	'keywords',
	'healthAspects',
	'lastReviewed',
	'nextReview',
	'duration',
	'timeToResults',
	'typicalDuration',
	'url',
	'year',
	'publisher',
	// A glossary entry lists its short form on its own, without the words it stands for.
	'abbreviation',
	'abbreviationOf',
	// A glossary entry's variants are the wrong spellings, listed on purpose.
	'variants',
	// An option's sessions name a figure by its id.
	'fact',
]);

/**
 * The words an entry's data shows, joined as plain text: every string in its fields, except
 * references to other entries, dates, and keys that hold identifiers (`topic: safety`) or the
 * glossary's list of spellings to avoid.
 */
export function dataText(data: unknown): string {
	const words: string[] = [];
	const visit = (value: unknown): void => {
		if (typeof value === 'string') words.push(value);
		else if (Array.isArray(value)) value.forEach(visit);
		else if (value && typeof value === 'object' && !(value instanceof Date) && !('collection' in value)) {
			for (const [key, field] of Object.entries(value)) if (!nonProseKeys.has(key)) visit(field);
		}
	};
	visit(data);
	return words.join(' ');
}
