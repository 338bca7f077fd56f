/**
 * Loads an entry that a page cannot do without (its own `pages` entry, a figure it shows) and
 * stops the build with the file to create when it is missing, instead of rendering a gap.
 */
import { type CollectionEntry, type CollectionKey, getEntry } from 'astro:content';
import { missingEntryMessage } from './files';
import type { CollectionName } from './files';

export async function requiredEntry<C extends CollectionKey & CollectionName>(collection: C, id: string): Promise<CollectionEntry<C>> {
	const entry = (await getEntry(collection, id)) as CollectionEntry<C> | undefined;
	if (!entry) throw new Error(missingEntryMessage(collection, id));
	return entry;
}
