/**
 * MDX bodies as text, for places that cannot render MDX: the FAQ feed, JSON-LD answers and the
 * words search and the glossary see. Bodies are read with Sätteri, the parser Astro builds the
 * pages with, so a data component is found as the element it is, never by its spelling.
 */
import type { Nodes, Parents, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { markdownToMdast } from 'satteri';
import { SKIP, visit } from 'unist-util-visit';
import { type DataComponent, dataComponentOf } from './data-components.ts';
import { parseBody } from './mdx.ts';

export type { DataComponent };

/** What a data component shows, as text or Markdown: `('Fact', 'course-sessions')` → "3 to 6 sessions". */
export type DataValue = (component: DataComponent, id: string | undefined) => string;

/**
 * Writes each data component of an MDX body (`<Fact id="…" />`, `<Advice id="…" />`,
 * `<WarningSigns />`) as what it shows, through `write` (plain text as it is, HTML escaped), so
 * places that cannot render MDX still state the figure or advice from one source. Everything
 * else stays as written: each component is replaced where the parser found it.
 */
export function replaceDataComponents(body: string, value: DataValue, write = (text: string) => text): string {
	const found: { start: number; end: number; text: string }[] = [];
	visit(parseBody(body), (node) => {
		const use = dataComponentOf(node);
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		if (!use || start === undefined || end === undefined) return;
		found.push({ start, end, text: write(value(use.component, use.id)) });
		return SKIP;
	});
	let cursor = 0;
	let result = '';
	for (const { start, end, text } of found) {
		result += body.slice(cursor, start) + text;
		cursor = end;
	}
	return result + body.slice(cursor);
}

/**
 * Turns an MDX answer into plain text for places that cannot render MDX: JSON-LD answers and
 * feeds. Each data component becomes what it shows, so the figure or advice still has one source;
 * code (`{…}`) shows nothing, and an image its alt text.
 */
export function mdxToPlainText(body: string, value: DataValue): string {
	const tree = parseBody(body, { position: false });
	visit(tree, (node, index, parent) => {
		if (!parent || index === undefined) return;
		const replacement = plainReplacement(node, value);
		if (!replacement) return;
		(parent.children as Nodes[]).splice(index, 1, ...replacement);
		return [SKIP, index + replacement.length];
	});
	return blockText(tree);
}

/** What stands for a node in plain text when it is not its own text: a data component's words, a space, or nothing. */
function plainReplacement(node: Nodes, value: DataValue): Nodes[] | undefined {
	const use = dataComponentOf(node);
	if (use) return [{ type: 'text', value: markdownText(value(use.component, use.id)) }];
	if (hidden.has(node.type)) return [];
	// A hard line break separates words as a space does.
	if (node.type === 'break') return [{ type: 'text', value: ' ' }];
	return undefined;
}

/** Nodes that show no words: code in braces, imports and exports, frontmatter, and HTML tags (their words are text nodes). */
const hidden = new Set(['mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'yaml', 'toml', 'html']);

/** What a data component shows is Markdown (the warning signs are a list); its words, once per value. */
const markdownTexts = new Map<string, string>();
function markdownText(markdown: string): string {
	let text = markdownTexts.get(markdown);
	if (text === undefined) {
		text = blockText(markdownToMdast(markdown, { position: false }) as Root);
		markdownTexts.set(markdown, text);
	}
	return text;
}

/** Nodes that sit inside a line of text, rather than being blocks of their own. */
const phrasing = new Set([
	'text',
	'emphasis',
	'strong',
	'delete',
	'inlineCode',
	'break',
	'link',
	'image',
	'linkReference',
	'imageReference',
	'footnoteReference',
	'html',
	'mdxJsxTextElement',
	'mdxTextExpression',
]);

/** A tree's words, a space between blocks (paragraphs, list items, headings) so no two run together. */
function blockText(node: Nodes): string {
	const children = 'children' in node ? (node as Parents).children : [];
	const text = children.some((child) => !phrasing.has(child.type)) ? children.map(blockText).join(' ') : toString(node);
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * Keys whose values are not prose: ids and references to other entries, enum values, dates,
 * fact ids, URLs and vocabulary bookkeeping. Everything else that holds a string is prose, so
 * a new prose field is linted (and counted as words a page shows) without being listed here.
 * The terminology lint and `dataText` both read this one list.
 */
export const nonProseKeys: ReadonlySet<string> = new Set([
	'id',
	'related',
	'sources',
	'topic',
	'group',
	'kind',
	'action',
	'order',
	'evidence',
	'frequency',
	'level',
	'basis',
	'urgency',
	'timing',
	'warningSigns',
	'sideEffect',
	// An advice entry's keywords are the words the content check looks for, not prose.
	'keywords',
	'healthAspects',
	'lastReviewed',
	'nextReview',
	// A translation's record of the English version it restates.
	'translates',
	// A fact's numbers and units, which each language formats.
	'figures',
	'duration',
	'timeToResults',
	'typicalDuration',
	'url',
	'year',
	'publisher',
	// A glossary entry lists its short form on its own, without the words it stands for.
	'abbreviation',
	'abbreviationOf',
	// A glossary entry's variants are the wrong spellings, listed on purpose.
	'variants',
	// Its search names (brands among them) are words readers type: no page shows them.
	'searchNames',
	// An option's sessions name a figure by its id.
	'fact',
]);

/**
 * The words an entry's data shows, joined as plain text: every string in its fields, except
 * references to other entries, dates, and keys that hold identifiers (`topic: safety`) or the
 * glossary's list of spellings to avoid.
 */
export function dataText(data: unknown): string {
	const words: string[] = [];
	const visit = (value: unknown): void => {
		if (typeof value === 'string') words.push(value);
		else if (Array.isArray(value)) value.forEach(visit);
		else if (value && typeof value === 'object' && !(value instanceof Date) && !('collection' in value)) {
			for (const [key, field] of Object.entries(value)) if (!nonProseKeys.has(key)) visit(field);
		}
	};
	visit(data);
	return words.join(' ');
}

/** An entry as text reads it: its fields, and its MDX body if it has one. */
interface TextEntry {
	data: unknown;
	body?: string | undefined;
}

/**
 * The words a page shows (src/model/page-content.ts says what that is): its introduction unless
 * the page replaces it, then each part whole (fields and body) or by its fields alone.
 */
export function pageWords(
	{ page, intro, parts, shows }: { page: TextEntry; intro: boolean; parts: readonly TextEntry[]; shows: 'whole' | 'fields' },
	value: DataValue,
): string {
	const whole = (entry: TextEntry) => `${dataText(entry.data)} ${mdxToPlainText(entry.body ?? '', value)}`;
	const part = shows === 'fields' ? (entry: TextEntry) => dataText(entry.data) : whole;
	return [...(intro ? [whole(page)] : []), ...parts.map(part)].join(' ');
}
