/**
 * What a page needs to render a `related` field as links (src/site/related.ts): every
 * linkable entry's visible name, and the page an FAQ answer is on, read once per build.
 */
import { getCollection } from 'astro:content';
import type { LinkableCollection, LinkedEntry } from '../site/related';
import { faqAnswerPath } from '../site/related';

let cache: Promise<Map<string, LinkedEntry>> | undefined;

async function readEntries(): Promise<Map<string, LinkedEntry>> {
	const titled = async (collection: Exclude<LinkableCollection, 'glossary' | 'faq'>) =>
		(await getCollection(collection)).map((entry) => [`${collection}/${entry.id}`, { title: entry.data.title }] as const);
	return new Map<string, LinkedEntry>([
		...(await titled('procedure')),
		...(await titled('benefits')),
		...(await titled('sideEffects')),
		...(await titled('suitability')),
		...(await titled('aftercare')),
		...(await titled('options')),
		...(await getCollection('glossary')).map((entry) => [`glossary/${entry.id}`, { title: entry.data.term }] as const),
		...(await getCollection('faq')).map(
			(entry) => [`faq/${entry.id}`, { title: entry.data.question, path: faqAnswerPath(entry.data.topic, entry.id) }] as const,
		),
	]);
}

/** Looks up a linked entry's name (and path); an id the build let through stands in for its name. */
export async function linkedEntries(): Promise<(collection: LinkableCollection, id: string) => LinkedEntry> {
	cache ??= readEntries();
	const entries = await cache;
	return (collection, id) => entries.get(`${collection}/${id}`) ?? { title: id };
}
