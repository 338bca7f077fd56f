import { contentDir, readRawEntries } from '../model/files.ts';
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
