/**
 * What a page needs to render a `related` field as links (src/site/related.ts): every
 * linkable entry's visible name, and the page an FAQ answer is on, read once per build.
 */
import type { Lang } from '../i18n/languages';
import { localCollection } from './localized';
import { oncePerLanguage } from './once-per-language';
import type { LinkableCollection, LinkedEntry } from '../site/related';
import { faqAnswerPath } from '../site/related';

async function readEntries(lang: Lang): Promise<Map<string, LinkedEntry>> {
	const titled = async (collection: Exclude<LinkableCollection, 'glossary' | 'faq'>) =>
		(await localCollection(collection, lang)).map((entry) => [`${collection}/${entry.id}`, { title: entry.data.title }] as const);
	return new Map<string, LinkedEntry>([
		...(await titled('procedure')),
		...(await titled('benefits')),
		...(await titled('sideEffects')),
		...(await titled('suitability')),
		...(await titled('aftercare')),
		...(await titled('options')),
		...(await localCollection('glossary', lang)).map((entry) => [`glossary/${entry.id}`, { title: entry.data.term }] as const),
		...(await localCollection('faq', lang)).map(
			(entry) => [`faq/${entry.id}`, { title: entry.data.question, path: faqAnswerPath(entry.data.topic, entry.id) }] as const,
		),
	]);
}

const entriesIn = oncePerLanguage(readEntries);

/** Looks up a linked entry's name (and English path) in `lang`; an id the build let through stands in for its name. */
export async function linkedEntries(lang: Lang): Promise<(collection: LinkableCollection, id: string) => LinkedEntry> {
	const entries = await entriesIn(lang);
	return (collection, id) => entries.get(`${collection}/${id}`) ?? { title: id };
}
