import { existsSync } from 'node:fs';
import { type Lang, languages, sourceLang } from '../i18n/languages.ts';
import { contentDir, readRawEntries } from '../model/files.ts';
import { translationRoot } from '../model/translation-status.ts';
import type { Variant, VocabularyTerm } from './terms';

function strings(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function variants(value: unknown): Variant[] {
	if (!Array.isArray(value)) return [];
	return value.flatMap((item) =>
		item && typeof item.wrong === 'string' && typeof item.use === 'string' ? [{ wrong: item.wrong, use: item.use }] : [],
	);
}

/**
 * Reads the glossary straight from `content/glossary/*.mdx`. Markdown plugins and the lint
 * run before (or without) Astro's content collections, so they cannot ask the collection;
 * this reads only the vocabulary fields and leaves validation to the collection's schema,
 * which stops the build with a full message when a field is wrong.
 */
export function readGlossaryFiles(root = contentDir()): VocabularyTerm[] {
	return readRawEntries('glossary', root).flatMap(({ id, data }) =>
		typeof data.term === 'string'
			? [
					{
						id,
						term: data.term,
						aliases: strings(data.aliases),
						abbreviation: typeof data.abbreviation === 'string' ? data.abbreviation : undefined,
						abbreviationOf: typeof data.abbreviationOf === 'string' ? data.abbreviationOf : undefined,
						definition: typeof data.definition === 'string' ? data.definition : '',
						variants: variants(data.variants),
						searchNames: strings(data.searchNames),
					},
				]
			: [],
	);
}

/**
 * Each language's content folder, whose glossary is that language's vocabulary: the English at
 * the root, then each translation whose folder exists (`content/es/`). The lint and the spelling
 * check read every folder with its own words, never one language's with another's.
 */
export function languageFolders(root = contentDir()): { lang: Lang; root: string }[] {
	const translations = (Object.keys(languages) as Lang[])
		.filter((lang) => lang !== sourceLang)
		.map((lang) => ({ lang, root: translationRoot(lang, root) }));
	return [{ lang: sourceLang, root }, ...translations.filter((folder) => existsSync(folder.root))];
}
