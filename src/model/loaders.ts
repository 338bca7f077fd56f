import { join } from 'node:path';
import { file, glob, type Loader } from 'astro/loaders';
import { type CollectionName, collectionSources, contentDir, idFromFileName } from './files';
import { type ContentProblem, formatProblems } from './integrity';

/** An entry after its schema has parsed it, as a cross-entry check receives it. */
export interface LoadedEntry<Data = Record<string, unknown>> {
	id: string;
	file: string;
	data: Data;
	/** An MDX entry's body; empty for YAML. */
	body: string;
}

/** A rule over every entry of a collection at once. */
type EntryCheck<Data> = (entries: LoadedEntry<Data>[]) => ContentProblem[];

/**
 * The rules that span a collection's entries. `errors` stop the build; `warnings` are printed
 * and the build goes on, for problems that must not hold back an urgent fix (a review date
 * that has passed), which `npm test` fails on instead.
 */
export interface EntryChecks<Data> {
	errors?: EntryCheck<Data>;
	warnings?: EntryCheck<Data>;
}

/**
 * The loader for a collection, from the table in `files.ts`. Optional `checks` see every parsed
 * entry once all are loaded, which is how rules that span entries (no two FAQ entries ask one
 * question) become build errors or warnings.
 */
export function contentLoader<Data>(collection: CollectionName, checks?: EntryChecks<Data>): Loader {
	const source = collectionSources[collection];
	const root = contentDir();
	const inner =
		'file' in source
			? file(join(root, source.file))
			: glob({
					pattern: `*${source.extension}`,
					base: join(root, source.dir),
					generateId: ({ entry }) => idFromFileName(entry),
				});
	return explainingYamlErrors(checks ? withCheck(inner, collection, checks) : inner);
}

/** Wraps a loader so that a YAML parse error it throws carries the fix (see `withYamlHint`). */
export function explainingYamlErrors(inner: Loader): Loader {
	return {
		...inner,
		load: async (context) => {
			try {
				await inner.load(context);
			} catch (error) {
				throw withYamlHint(error);
			}
		},
	};
}

/**
 * What to do when frontmatter or a YAML file does not parse. The parser's own message and
 * location (file:line:column) stay as they are; this is printed under them as the hint.
 */
export const yamlHint =
	'The YAML here does not parse (in an MDX file: the frontmatter between the two --- lines). Look at the line shown and the one above it: put a value that contains ": " or " #", or starts with [ { " \' & * ! | > % @ or `, in double quotes; close every [ and " you open; indent with spaces, never tabs.';

/** Gives a YAML parse error (frontmatter or a `.yaml` entry) the fix as its hint; other errors pass unchanged. */
export function withYamlHint(error: unknown): unknown {
	if (error instanceof Error && (error.name === 'YAMLException' || error.name === 'DataCollectionEntryParseError')) {
		Object.assign(error, { hint: yamlHint });
	}
	return error;
}

/**
 * Wraps a loader so that, once it has stored every entry, the checks see them all (in file
 * order). An error stops the build with a message that lists each file and field; warnings are
 * logged in the same form and the build goes on.
 */
export function withCheck<Data>(inner: Loader, collection: string, { errors, warnings }: EntryChecks<Data>): Loader {
	return {
		name: `checked-${inner.name}`,
		load: async (context) => {
			await inner.load(context);
			// Sorted by file: the loader stores entries as they finish parsing, and the same
			// content must always produce the same message, naming the same file first.
			const entries = context.store
				.values()
				.map((entry) => ({ id: entry.id, file: entry.filePath ?? entry.id, data: entry.data as Data, body: entry.body ?? '' }))
				.sort((a, b) => a.file.localeCompare(b.file));
			const problems = errors?.(entries) ?? [];
			if (problems.length > 0) throw new Error(formatProblems(collection, problems));
			const notes = warnings?.(entries) ?? [];
			if (notes.length > 0) context.logger.warn(formatProblems(collection, notes));
		},
	};
}
