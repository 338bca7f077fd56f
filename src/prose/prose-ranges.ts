/**
 * Where the prose of a content file is: an MDX file's frontmatter and body, and the string
 * values of YAML outside keys that hold no prose. The terminology lint, the figure and advice
 * checks, the spelling check and the raw-entry reader all split and walk files with this, so
 * they agree on what a file's prose is.
 */
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import { isMap, isScalar, isSeq, parseDocument, type LineCounter } from 'yaml';

/** An MDX file's frontmatter: its YAML and where it sits in the file. */
interface Frontmatter {
	/** The YAML between the fences (empty for `---` straight after `---`). */
	yaml: string;
	/** The offset of the YAML in the file, just after the opening fence's line break. */
	yamlStart: number;
	/** The offset just past the closing fence (its line break not included). */
	end: number;
	/** How many lines the frontmatter spans, both fences included. */
	lineCount: number;
}

/**
 * The frontmatter at the start of an MDX file, or undefined when it has none: the YAML block
 * Sätteri, the parser Astro builds with, finds there. It is read as Markdown, which always
 * parses, so a file whose body is not valid MDX still has its frontmatter.
 */
export function splitFrontmatter(source: string): Frontmatter | undefined {
	const [first] = (markdownToMdast(source) as Root).children;
	if (first?.type !== 'yaml' || first.position?.end.offset === undefined) return undefined;
	// Sätteri counts positions from after a byte order mark.
	const end = first.position.end.offset + (source.startsWith('\uFEFF') ? 1 : 0);
	const yamlStart = source.indexOf('\n') + 1;
	// The YAML runs to the start of the closing fence's line, its last line break included.
	const closingFence = source.lastIndexOf('\n', end - 1) + 1;
	return {
		yaml: source.slice(yamlStart, closingFence),
		yamlStart,
		end,
		lineCount: first.position.end.line - first.position.start.line + 1,
	};
}

/** One string value of a YAML text, as offsets in that text (end exclusive). */
export interface ProseRange {
	start: number;
	end: number;
	/** How it is written: quoted values include their quotes, block values their `|` or `>` header. */
	style: 'plain' | 'quoted' | 'block';
}

function styleOf(type: string | undefined): ProseRange['style'] {
	if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') return 'quoted';
	if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') return 'block';
	return 'plain';
}

/**
 * Every string value of `yaml`, in document order, except those under a key in `skip` (at any
 * depth); keys themselves are never prose. Give a `lineCounter` to have lines counted while parsing.
 */
export function yamlProseRanges(yaml: string, skip: ReadonlySet<string>, lineCounter?: LineCounter): ProseRange[] {
	const ranges: ProseRange[] = [];
	const walk = (node: unknown): void => {
		if (isMap(node)) {
			for (const pair of node.items) {
				if (isScalar(pair.key) && skip.has(String(pair.key.value))) continue;
				walk(pair.value);
			}
		} else if (isSeq(node)) {
			for (const item of node.items) walk(item);
		} else if (isScalar(node) && typeof node.value === 'string' && node.range) {
			ranges.push({ start: node.range[0], end: node.range[1], style: styleOf(node.type) });
		}
	};
	walk(parseDocument(yaml, lineCounter ? { lineCounter } : {}).contents);
	return ranges;
}
