/**
 * The prose of a content file, line for line, as the figure and advice-timing checks read it:
 * the terminology lint's prose view (MDX bodies as written, frontmatter and YAML reduced to
 * their prose values on their own lines), without the values of `quote` and `where`, which
 * copy a source's own words and say where they are, so a figure in them is the source's.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { proseView } from '../vocabulary/lint/prose-view.ts';

/** Keys whose values are a source's words or its place, never ours to reword. */
export const verbatimKeys: ReadonlySet<string> = new Set(['quote', 'where']);

/** A file's prose, with as many lines as the file. */
export interface ContentProse {
	text: string;
	/** The first line of an MDX body (after its frontmatter); for a YAML file, past the end. */
	bodyStart: number;
}

const frontmatterPattern = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?=\r?\n|$)/;

/** The 1-based lines (counted from `lineOffset`) that hold a value of one of `keys`. */
function linesOfKeys(yaml: string, lineOffset: number, keys: ReadonlySet<string>): Set<number> {
	const lineCounter = new LineCounter();
	const document = parseDocument(yaml, { lineCounter });
	const lines = new Set<number>();
	const visit = (node: unknown): void => {
		if (isMap(node)) {
			for (const pair of node.items) {
				if (!isPair(pair)) continue;
				const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
				const value = pair.value as { range?: [number, number, number] } | null;
				if (key !== undefined && keys.has(key) && value?.range) {
					const first = lineCounter.linePos(value.range[0]).line;
					const last = lineCounter.linePos(Math.max(value.range[0], value.range[1] - 1)).line;
					for (let line = first; line <= last; line++) lines.add(line + lineOffset);
				} else visit(pair.value);
			}
		} else if (isSeq(node)) node.items.forEach(visit);
	};
	visit(document.contents);
	return lines;
}

/** The prose of a `.yaml` or `.mdx` file (see the module comment). */
export function contentProse(source: string, kind: 'yaml' | 'mdx'): ContentProse {
	const { text } = proseView(source, kind);
	const frontmatter = kind === 'mdx' ? frontmatterPattern.exec(source) : null;
	const yaml = kind === 'yaml' ? source : (frontmatter?.[1] ?? '');
	const skipped = linesOfKeys(yaml, kind === 'yaml' ? 0 : 1, verbatimKeys);
	const bodyStart = kind === 'yaml' ? Infinity : frontmatter ? frontmatter[0].split('\n').length + 1 : 1;
	return {
		text: text
			.split('\n')
			.map((line, index) => (skipped.has(index + 1) ? '' : line))
			.join('\n'),
		bodyStart,
	};
}
