/**
 * Entries in a reader's language. An English entry is returned as it is; in another language,
 * the entry keeps its English id, collection, levels, references and sources, takes its
 * translation's words (`withTranslation`) and renders the translation's MDX body, so every page,
 * link and check that works on an English entry works on it unchanged.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { type Lang, sourceLang } from '../i18n/languages';
import { withTranslation } from '../i18n/translations';
import type { TranslatedCollection } from './files';

/** The collection of each collection's Spanish words (src/content.config.ts). */
const spanish = {
	facts: 'esFacts',
	advice: 'esAdvice',
	scales: 'esScales',
	warningSigns: 'esWarningSigns',
	isThisNormal: 'esIsThisNormal',
	moreHelp: 'esMoreHelp',
	pages: 'esPages',
	procedure: 'esProcedure',
	benefits: 'esBenefits',
	sideEffects: 'esSideEffects',
	suitability: 'esSuitability',
	aftercare: 'esAftercare',
	faq: 'esFaq',
	glossary: 'esGlossary',
	options: 'esOptions',
} as const satisfies Record<TranslatedCollection, string>;

/** An English entry in `lang`, from its translation; the loader has checked every entry has one. */
function translated<C extends TranslatedCollection>(
	entry: CollectionEntry<C>,
	translation: CollectionEntry<(typeof spanish)[C]> | undefined,
): CollectionEntry<C> {
	if (!translation) throw new Error(`${entry.collection} → ${entry.id}: no translation. Run \`astro sync\` to see which file to write.`);
	return {
		...entry,
		data: withTranslation(entry.data, translation.data as Record<string, unknown>),
		// The body, its compiled module and its rendered HTML are the translation's.
		body: translation.body,
		filePath: translation.filePath,
		...('deferredRender' in translation ? { deferredRender: translation.deferredRender } : {}),
		...('rendered' in translation ? { rendered: translation.rendered } : {}),
	} as CollectionEntry<C>;
}

/** A collection's entries in `lang`, in the English order. */
export async function localCollection<C extends TranslatedCollection>(collection: C, lang: Lang): Promise<CollectionEntry<C>[]> {
	const entries = (await getCollection(collection)) as CollectionEntry<C>[];
	if (lang === sourceLang) return entries;
	const translations = new Map(
		((await getCollection(spanish[collection])) as CollectionEntry<(typeof spanish)[C]>[]).map((entry) => [entry.id, entry]),
	);
	return entries.map((entry) => translated(entry, translations.get(entry.id)));
}
