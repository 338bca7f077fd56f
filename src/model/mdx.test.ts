import { describe, expect, it } from 'vitest';
import { findMdxSyntaxError, parseMdx } from './mdx';

const frontmatter = '---\nquestion: Does it hurt?\n---\n';

describe('findMdxSyntaxError', () => {
	it('finds nothing in a body that parses, components and frontmatter included', () => {
		expect(
			findMdxSyntaxError(`${frontmatter}Most people need <Fact id="course-sessions" />.\n\n**Bold** and [a link](/faq/).\n`),
		).toBeUndefined();
	});

	it('gives the file line and column of a tag left open, and the parser’s reason', () => {
		expect(findMdxSyntaxError(`${frontmatter}An answer.\n\nNumbing cream <strong>helps a lot.\n`)).toEqual({
			line: 6,
			column: 15,
			reason: 'Expected a closing tag for `<strong>` (6:15) before the end of `paragraph`',
		});
	});

	it('finds a brace that MDX reads as the start of code', () => {
		expect(findMdxSyntaxError('Use the {cream\n')).toMatchObject({ line: 1, column: 9, reason: expect.stringContaining('closing brace') });
	});
});

describe('parseMdx', () => {
	it('keeps positions as lines of the whole file', () => {
		const tree = parseMdx(`${frontmatter}## Heading\n`);
		expect(tree.children?.map((node) => [node.type, node.position?.start.line])).toEqual([
			['yaml', 1],
			['heading', 4],
		]);
	});
});
