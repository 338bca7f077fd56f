import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../prose/prose-ranges.ts';

/**
 * Where each collection's entries live under the content directory. One table serves the
 * loaders in `src/content.config.ts` and the reference checks, so the two cannot drift apart.
 */
export const collectionSources = {
	sources: { file: 'sources.yaml' },
	facts: { file: 'facts.yaml' },
	advice: { file: 'advice.yaml' },
	scales: { file: 'scales.yaml' },
	warningSigns: { file: 'warning-signs.yaml' },
	isThisNormal: { file: 'is-this-normal.yaml' },
	moreHelp: { file: 'more-help.yaml' },
	pages: { dir: 'pages', extension: '.mdx' },
	procedure: { dir: 'procedure', extension: '.mdx' },
	benefits: { dir: 'benefits', extension: '.mdx' },
	sideEffects: { dir: 'side-effects', extension: '.mdx' },
	suitability: { dir: 'suitability', extension: '.yaml' },
	aftercare: { dir: 'aftercare', extension: '.yaml' },
	faq: { dir: 'faq', extension: '.mdx' },
	glossary: { dir: 'glossary', extension: '.mdx' },
	options: { dir: 'options', extension: '.yaml' },
} as const satisfies Record<string, { file: string } | { dir: string; extension: string }>;

export type CollectionName = keyof typeof collectionSources;

/**
 * The collections every language has a translation of: all but the sources, which are records
 * of publications in their own language (titles, publishers, quotes are shown as written).
 */
export const translatedCollections = (Object.keys(collectionSources) as CollectionName[]).filter(
	(collection): collection is Exclude<CollectionName, 'sources'> => collection !== 'sources',
);

export type TranslatedCollection = (typeof translatedCollections)[number];

/** The folder holding the content, relative to the project root; tests point it at fixtures. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
	return env.CONTENT_DIR ?? 'content';
}

/** An entry's id is its file name without the extension: `content/faq/is-it-painful.mdx` → `is-it-painful`. */
export function idFromFileName(fileName: string): string {
	return basename(fileName, extname(fileName));
}

/** Where a collection's entries are, for error messages: `content/faq/*.mdx` or `content/sources.yaml`. */
export function describeLocation(collection: CollectionName, root = contentDir()): string {
	const source = collectionSources[collection];
	return 'file' in source ? join(root, source.file) : join(root, source.dir, `*${source.extension}`);
}

/** Ids already read, per file or folder, with the modification time they were read at. */
const idCache = new Map<string, { mtimeMs: number; ids: string[] }>();

/**
 * Lists the ids that exist in a collection by reading the content folder directly. Zod parses
 * one entry at a time, so this is how a reference can be checked while its own entry is parsed.
 * Every reference asks, so the answer is kept until the file or folder changes (adding or
 * removing a file changes its folder's modification time), which keeps `astro dev` correct.
 */
export function listEntryIds(collection: CollectionName, root = contentDir()): string[] {
	const source = collectionSources[collection];
	const path = 'file' in source ? join(root, source.file) : join(root, source.dir);
	if (!existsSync(path)) return [];
	const { mtimeMs } = statSync(path);
	const cached = idCache.get(path);
	if (cached?.mtimeMs === mtimeMs) return cached.ids;
	const ids = 'file' in source ? idsInFile(path) : idsInFolder(path, source.extension);
	idCache.set(path, { mtimeMs, ids });
	return ids;
}

/** A folder entry's raw data: its YAML, or an MDX file's frontmatter; nothing when it does not parse. */
function rawData(text: string, extension: string): Record<string, unknown> {
	const yaml = extension === '.mdx' ? splitFrontmatter(text)?.yaml : text;
	try {
		const data: unknown = parseYaml(yaml ?? '');
		return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
	} catch {
		return {};
	}
}

/** An entry as written: its id, its raw data, and an MDX file's body. */
export interface RawEntry {
	id: string;
	data: Record<string, unknown>;
	body: string;
}

/**
 * Reads a collection's entries straight from disk: each id with its raw, unvalidated data (and
 * an MDX file's body). For code that runs before (or without) Astro's content collections, such
 * as config-time plugins, redirects, the lint and the translation checks; the collection's schema
 * still validates the files and stops the build with a full message when one is wrong, so a file
 * that does not parse reads here as empty data.
 */
export function readRawEntries(collection: CollectionName, root = contentDir()): RawEntry[] {
	const source = collectionSources[collection];
	if ('file' in source) {
		const path = join(root, source.file);
		const entries = existsSync(path) ? rawData(readFileSync(path, 'utf8'), '.yaml') : {};
		return Object.entries(entries).map(([id, data]) => ({ id, data: isRecord(data) ? data : {}, body: '' }));
	}
	return entryFiles(collection, root).map((file) => {
		const text = readFileSync(file, 'utf8');
		return {
			id: idFromFileName(basename(file)),
			data: rawData(text, source.extension),
			body: source.extension === '.mdx' ? text.slice(splitFrontmatter(text)?.end ?? 0) : '',
		};
	});
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** The files of a folder collection, sorted by id: what `astro dev` watches to reload the config. */
export function entryFiles(collection: CollectionName, root = contentDir()): string[] {
	const { dir, extension } = folderSource(collection);
	const folder = join(root, dir);
	if (!existsSync(folder)) return [];
	return idsInFolder(folder, extension).map((id) => join(folder, `${id}${extension}`));
}

function folderSource(collection: CollectionName): { dir: string; extension: string } {
	const source = collectionSources[collection];
	if (!('dir' in source)) throw new Error(`readRawEntries reads folder collections; ${collection} is one file.`);
	return source;
}

/** The top-level keys of a YAML file keyed by id, such as `sources.yaml`. */
function idsInFile(path: string): string[] {
	const data: unknown = parseYaml(readFileSync(path, 'utf8'));
	return data && typeof data === 'object' ? Object.keys(data) : [];
}

/** The file names, without extension, of a folder's entries. */
function idsInFolder(dir: string, extension: string): string[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith(extension))
		.map(idFromFileName)
		.sort();
}

/** The message for an entry a page needs but the content does not have, with the file to create. */
export function missingEntryMessage(collection: CollectionName, id: string, root = contentDir()): string {
	const source = collectionSources[collection];
	return 'file' in source
		? `${join(root, source.file)} has no entry "${id}", which a page needs. Add it (see content/README.md).`
		: `${join(root, source.dir, `${id}${source.extension}`)} is missing, and a page needs it. Create it (see content/README.md).`;
}
