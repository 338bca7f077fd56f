/**
 * Loads an entry that a page cannot do without (its own `pages` entry, a figure it shows) and
 * stops the build with the file to create when it is missing, instead of rendering a gap.
 */
import { type CollectionEntry, type CollectionKey, getEntry } from 'astro:content';
import { type Lang, sourceLang } from '../i18n/languages';
import { missingEntryMessage, type TranslatedCollection, translatedCollections } from './files';
import type { CollectionName } from './files';
import { localCollection } from './localized';

const isTranslated = (collection: CollectionName): collection is TranslatedCollection =>
	(translatedCollections as readonly string[]).includes(collection);

/** In `lang` (English unless given), for a collection that has translations; sources are as written. */
export async function requiredEntry<C extends CollectionKey & CollectionName>(
	collection: C,
	id: string,
	lang: Lang,
): Promise<CollectionEntry<C>> {
	const entry =
		lang !== sourceLang && isTranslated(collection)
			? ((await localCollection(collection, lang)).find((candidate) => candidate.id === id) as CollectionEntry<C> | undefined)
			: ((await getEntry(collection, id)) as CollectionEntry<C> | undefined);
	if (!entry) throw new Error(missingEntryMessage(collection, id));
	return entry;
}
