/**
 * Which translations are missing and which restate an older version of their English entry,
 * read from the files alone: the build warns with it, `npm test` fails on it, the Spanish page
 * shows a notice from it, and `npm run translations` lists it and stamps a checked translation.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { restatedText, textVersion } from '../i18n/translations.ts';
import { type Lang, languages, sourceLang } from '../i18n/languages.ts';
import { collectionSources, contentDir, readRawEntries, type RawEntry, type TranslatedCollection, translatedCollections } from './files.ts';

/** Where a language's translations live: `content/es/`, mirroring `content/`. */
export function translationRoot(lang: Lang, root = contentDir()): string {
	return join(root, lang);
}

/**
 * Each published language's content folder: the English at the root, then each translation
 * whose folder exists (`content/es/`). The build, the content check, the lint, the speller and
 * `npm run translations` all ask here, so a language is published in one place.
 */
export function languageFolders(root = contentDir()): { lang: Lang; root: string }[] {
	const translations = (Object.keys(languages) as Lang[])
		.filter((lang) => lang !== sourceLang)
		.map((lang) => ({ lang, root: translationRoot(lang, root) }));
	return [{ lang: sourceLang, root }, ...translations.filter((folder) => existsSync(folder.root))];
}

/** Where an entry of a collection is written, for messages: `content/faq/x.mdx`, or `content/advice.yaml` for one of many. */
export function entryFile(collection: TranslatedCollection, id: string, root: string): string {
	const source = collectionSources[collection];
	return relative('.', 'file' in source ? join(root, source.file) : join(root, source.dir, `${id}${source.extension}`));
}

/** The version of the English words a translation restates, as its `translates` should record it. */
function currentVersion(english: RawEntry, translation: RawEntry): string {
	return textVersion(restatedText(english.data, translation.data), translation.body === '' ? '' : english.body);
}

/** One translation and where it stands. */
interface TranslationState {
	collection: TranslatedCollection;
	id: string;
	/** The translation's file, and the English one it restates. */
	file: string;
	/** What names this one translation to the tools: its file, with `#id` in a file of many. */
	target: string;
	english: string;
	/** The version it records, and the version of the English words now. */
	recorded: string | undefined;
	current: string;
}

/** Every translation into `lang` that has an English entry, with its recorded and current versions. */
export function translationStates(
	lang: Lang,
	root = contentDir(),
	collections: readonly TranslatedCollection[] = translatedCollections,
): TranslationState[] {
	return collections.flatMap((collection) => {
		const english = new Map(readRawEntries(collection, root).map((entry) => [entry.id, entry]));
		return readRawEntries(collection, translationRoot(lang, root)).flatMap((translation) => {
			const source = english.get(translation.id);
			if (!source) return [];
			const recorded = translation.data.translates;
			return [
				{
					collection,
					id: translation.id,
					file: entryFile(collection, translation.id, translationRoot(lang, root)),
					target: `${entryFile(collection, translation.id, translationRoot(lang, root))}${'file' in collectionSources[collection] ? `#${translation.id}` : ''}`,
					english: entryFile(collection, translation.id, root),
					recorded: typeof recorded === 'string' ? recorded : undefined,
					current: currentVersion(source, translation),
				},
			];
		});
	});
}

/** The translations whose English entry has changed since they were last checked against it. */
export function staleTranslations(lang: Lang, root = contentDir(), collections?: readonly TranslatedCollection[]): TranslationState[] {
	return translationStates(lang, root, collections).filter((state) => state.recorded !== state.current);
}

/** What to do about a translation that is out of date. */
export function staleMessage(state: TranslationState): string {
	return `It restates an older version of ${state.english}. Update it to say what the English now says, then run \`npm run translations -- --stamp ${state.target}\`.`;
}

/**
 * The translations among the entries a page shows that restate an older English version, from
 * `states` (`translationStates`): a translated page shows a notice while any is out of date.
 */
export function staleAmong(
	entries: readonly { collection: string; id: string }[],
	states: readonly Pick<TranslationState, 'collection' | 'id' | 'recorded' | 'current'>[],
): { collection: string; id: string }[] {
	const stale = new Set(states.filter((state) => state.recorded !== state.current).map((state) => `${state.collection}/${state.id}`));
	return entries.filter((entry) => stale.has(`${entry.collection}/${entry.id}`));
}

const statesRead = new Map<Lang, TranslationState[]>();

/**
 * `translationStates` of `lang`, read once per build: every translated page asks, and reading
 * them all takes a second or two. `astro dev` keeps the first reading until it restarts.
 */
export function pageTranslationStates(lang: Lang): TranslationState[] {
	let states = statesRead.get(lang);
	if (!states) statesRead.set(lang, (states = translationStates(lang)));
	return states;
}
