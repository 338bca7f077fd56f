import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { collectionSources, contentDir, idFromFileName } from '../content/files.ts';
import type { Variant, VocabularyTerm } from './terms';

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---/;

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
	const { dir, extension } = collectionSources.glossary;
	const folder = join(root, dir);
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((name) => name.endsWith(extension))
		.sort()
		.flatMap((name) => {
			const match = frontmatterPattern.exec(readFileSync(join(folder, name), 'utf8'));
			const data = match ? parseYaml(match[1] ?? '') : undefined;
			if (!data || typeof data.term !== 'string') return [];
			return [
				{
					id: idFromFileName(name),
					term: data.term,
					aliases: strings(data.aliases),
					abbreviation: typeof data.abbreviation === 'string' ? data.abbreviation : undefined,
					abbreviationOf: typeof data.abbreviationOf === 'string' ? data.abbreviationOf : undefined,
					definition: typeof data.definition === 'string' ? data.definition : '',
					variants: variants(data.variants),
				},
			];
		});
}
