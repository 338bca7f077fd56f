/**
 * MDX files read the way the site reads them: Sätteri, the Markdown and MDX processor Astro
 * builds the pages with, parses the whole file (frontmatter included), so every position is a
 * line and column of the file itself.
 */
import type { Root } from 'mdast';
import { markdownToMdast, mdxToMdast, type TreeOptions } from 'satteri';

/** The parts of an mdast (Markdown syntax tree) node the content checks read. */
export interface MdxNode {
	type: string;
	children?: MdxNode[];
	position?: { start: { line: number; column: number } };
	/** A heading's level: 1 for `#`, 2 for `##`… */
	depth?: number;
	/** A Markdown image's alt text: `![alt](src)`. */
	alt?: string | null;
	/** A Markdown image's or link's address. */
	url?: string;
	/** A JSX element's name: `img`, `Fact`. */
	name?: string | null;
	attributes?: { type: string; name?: string; value?: unknown }[];
	value?: string;
}

/** Where an MDX file stops parsing, and why. */
interface MdxSyntaxError {
	line: number;
	column: number;
	/** Sätteri's own words, without the position and rule it starts and ends with. */
	reason: string;
}

/** Parses an MDX file into its syntax tree; throws Sätteri's error when it does not parse. */
export function parseMdx(source: string): MdxNode {
	return mdxToMdast(source) as unknown as MdxNode;
}

/**
 * Parses an MDX body into its mdast tree, for code that reads it with the unist utilities. A body
 * that is not valid MDX (the build stops on it, and the content check names the line) is read
 * as Markdown instead: its words still read, its tags are raw HTML, and none is taken for a component.
 */
export function parseBody(body: string, options?: TreeOptions): Root {
	try {
		return mdxToMdast(body, options) as Root;
	} catch {
		return markdownToMdast(body, options) as Root;
	}
}

/**
 * Where and why an MDX file does not parse (the error `astro build` stops on), or `undefined`
 * when it parses. Sätteri words it as `12:15: Expected a closing tag … (mdx-jsx:unexpected-character)`.
 */
export function findMdxSyntaxError(source: string): MdxSyntaxError | undefined {
	try {
		parseMdx(source);
		return undefined;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const match = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\([\w-]+:[\w-]+\))?\s*$/.exec(message);
		if (!match) return { line: 1, column: 1, reason: message };
		return { line: Number(match[1]), column: Number(match[2]), reason: match[3]! };
	}
}

/** What to do about an MDX syntax error, for writers who think of the body as Markdown. */
export const mdxSyntaxHint =
	'MDX reads "<" as the start of a tag and "{" as the start of code. Close every tag you open (<Fact id="…" /> ends with "/>"), write "&lt;" or "\\{" for a plain < or {, and prefer Markdown (**bold**, [link](/path/)) to HTML tags.';

/** Calls `visit` for every node of a tree, parents before their children, in document order. */
export function walk(node: MdxNode, visit: (node: MdxNode) => void): void {
	visit(node);
	for (const child of node.children ?? []) walk(child, visit);
}

/** The line a node starts on (1 when the parser gave no position). */
export function lineOf(node: MdxNode): number {
	return node.position?.start.line ?? 1;
}
