/**
 * Images in MDX bodies must say what they show: a screen reader reads the alt text instead of
 * the picture, and a picture without it is announced as its file name or skipped.
 */
import type { BodyProblem } from './headings.ts';
import { lineOf, type MdxNode, parseMdx, walk } from '../model/mdx.ts';

/** JSX tags that draw an image and take an `alt` attribute. */
const imageTags = new Set(['img', 'Image', 'Picture']);

/** A JSX element's `alt`: its text, `true` when it is an expression (`alt={…}`) or a spread, or `undefined`. */
function altOf(node: MdxNode): string | true | undefined {
	for (const attribute of node.attributes ?? []) {
		if (attribute.type === 'mdxJsxExpressionAttribute') return true;
		if (attribute.name !== 'alt') continue;
		return typeof attribute.value === 'string' ? attribute.value : true;
	}
	return undefined;
}

/** A JSX element's `src`, for messages. */
function srcOf(node: MdxNode): string {
	const src = node.attributes?.find((attribute) => attribute.name === 'src')?.value;
	return typeof src === 'string' ? src : '…';
}

/**
 * Markdown images with empty brackets (`![](x.png)`) and `<img>` tags without `alt` text, in an
 * MDX file (a string) or its parsed tree. Every image in the content carries information, so
 * an empty `alt=""` counts as missing too.
 */
export function findImagesWithoutAlt(source: string | MdxNode): BodyProblem[] {
	const problems: BodyProblem[] = [];
	walk(typeof source === 'string' ? parseMdx(source) : source, (node) => {
		if (node.type === 'image' || node.type === 'imageReference') {
			if ((node.alt ?? '').trim() !== '') return;
			const url = node.url ?? '…';
			problems.push({
				line: lineOf(node),
				message: `the image "${url}" has no alt text. Say what it shows inside the brackets, for example ![A microneedling pen held against the cheek](${url}).`,
			});
		} else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && imageTags.has(node.name)) {
			const alt = altOf(node);
			if (alt === true || (alt !== undefined && alt.trim() !== '')) return;
			problems.push({
				line: lineOf(node),
				message: `the image "${srcOf(node)}" has no alt text. Add alt="…" to the <${node.name}> tag, saying what the picture shows.`,
			});
		}
	});
	return problems;
}
