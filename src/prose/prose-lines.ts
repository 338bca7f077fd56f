/**
 * The prose of a content file, line for line, as the figure and advice-timing checks read it:
 * the terminology lint's prose view (MDX bodies as written, frontmatter and YAML reduced to
 * their prose values on their own lines), without the values of `quote` and `where`, which
 * copy a source's own words and say where they are, so a figure in them is the source's.
 */
import { proseView } from '../vocabulary/lint/prose-view.ts';
import { nonProseKeys } from '../model/plain-text.ts';
import { splitFrontmatter } from './prose-ranges.ts';

/** Keys whose values are a source's words or its place, never ours to reword. */
const verbatimKeys: ReadonlySet<string> = new Set(['quote', 'where']);

const skippedKeys: ReadonlySet<string> = new Set([...nonProseKeys, ...verbatimKeys]);

/** A file's prose, with as many lines as the file. */
interface ContentProse {
	text: string;
	/** The first line of an MDX body (after its frontmatter); for a YAML file, past the end. */
	bodyStart: number;
}

/** The prose of a `.yaml` or `.mdx` file (see the module comment). */
export function contentProse(source: string, kind: 'yaml' | 'mdx'): ContentProse {
	const { text } = proseView(source, kind, skippedKeys);
	if (kind === 'yaml') return { text, bodyStart: Infinity };
	const frontmatter = splitFrontmatter(source);
	return { text, bodyStart: frontmatter ? frontmatter.lineCount + 1 : 1 };
}
