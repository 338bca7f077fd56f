/**
 * Heading levels in MDX bodies. Screen-reader users move through a page by its headings, so the
 * levels must nest: a body's first heading is one level below the heading the site shows above
 * it (a page's own text sits under its title, the h1, so it starts at `##`), and no heading is
 * more than one level deeper than the heading before it.
 */
import { lineOf, type MdxNode, parseMdx, walk } from '../model/mdx.ts';

/** A heading found in a body: its line, level and words. */
interface BodyHeading {
	line: number;
	depth: number;
	text: string;
}

/** One problem in a body, with the fix. */
export interface BodyProblem {
	line: number;
	message: string;
}

/** Where a body is shown: the level its first heading takes, and what it sits under, in words. */
export interface HeadingContext {
	/** 2 for a page's own text (under the h1), 3 for an entry shown under an h2, and so on. */
	topLevel: number;
	/** What the body sits under, for messages: "the page title". */
	under: string;
}

/** The context of a page's own text: under the page title, so headings start at `##`. */
export const pageBody: HeadingContext = { topLevel: 2, under: 'the page title' };

/** The text of a node and its descendants. */
function textOf(node: MdxNode): string {
	if (typeof node.value === 'string') return node.value;
	return (node.children ?? []).map(textOf).join('');
}

/** Every heading of an MDX file (a string) or of its parsed tree, in order. */
export function findHeadings(source: string | MdxNode): BodyHeading[] {
	const headings: BodyHeading[] = [];
	walk(typeof source === 'string' ? parseMdx(source) : source, (node) => {
		if (node.type === 'heading' && node.depth) headings.push({ line: lineOf(node), depth: node.depth, text: textOf(node).trim() });
	});
	return headings;
}

/** How a heading is written in Markdown: `## Aftercare`. */
function written(heading: BodyHeading): string {
	return `${'#'.repeat(heading.depth)} ${heading.text}`;
}

/**
 * The headings of a body that sit above where the body starts (`#` in a page's text, whose
 * title is already the `#`) or that skip a level (`###` straight after the title or a `#`).
 */
export function findSkippedHeadings(source: string | MdxNode, context: HeadingContext = pageBody): BodyProblem[] {
	const problems: BodyProblem[] = [];
	const top = context.topLevel;
	let previous: BodyHeading | undefined;
	for (const heading of findHeadings(source)) {
		if (heading.depth < top) {
			problems.push({
				line: heading.line,
				message: `"${written(heading)}" is a level-${heading.depth} heading, but this text sits under ${context.under} (level ${top - 1}): start its headings at ${'#'.repeat(top)}.`,
			});
		} else {
			const above = previous && previous.depth >= top ? previous : undefined;
			const aboveDepth = above ? above.depth : top - 1;
			if (heading.depth > aboveDepth + 1) {
				const aboveWords = above ? `"${written(above)}" (line ${above.line})` : context.under;
				problems.push({
					line: heading.line,
					message: `"${written(heading)}" skips a heading level: the heading above it is ${aboveWords}, level ${aboveDepth}, so make this ${'#'.repeat(aboveDepth + 1)} (never skip a level).`,
				});
			}
		}
		previous = heading;
	}
	return problems;
}
