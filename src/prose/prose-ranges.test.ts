import { describe, expect, it } from 'vitest';
import { splitFrontmatter, yamlProseRanges } from './prose-ranges';

describe('splitFrontmatter', () => {
	it('gives the YAML between the fences, where it starts, where the fences end and how many lines they span', () => {
		const source = '---\ntitle: A guide\n---\nThe body.\n';
		const frontmatter = splitFrontmatter(source);
		expect(frontmatter).toEqual({ yaml: 'title: A guide\n', yamlStart: 4, end: '---\ntitle: A guide\n---'.length, lineCount: 3 });
		expect(source.slice(frontmatter?.yamlStart, frontmatter?.end)).toBe('title: A guide\n---');
	});

	it('reads Windows line breaks and empty frontmatter', () => {
		expect(splitFrontmatter('---\r\nid: a\r\n---\r\nBody')?.yaml).toBe('id: a\r\n');
		expect(splitFrontmatter('---\n---\nBody')).toEqual({ yaml: '', yamlStart: 4, end: 7, lineCount: 2 });
	});

	it('counts offsets in the file itself after a byte order mark, and reads a closing fence at the end of the file', () => {
		const source = '\uFEFF---\ntitle: A\n---\nBody';
		const frontmatter = splitFrontmatter(source);
		expect(frontmatter).toEqual({ yaml: 'title: A\n', yamlStart: 5, end: 17, lineCount: 3 });
		expect(source.slice(frontmatter?.end)).toBe('\nBody');
		expect(splitFrontmatter('---\nid: a\n---')).toEqual({ yaml: 'id: a\n', yamlStart: 4, end: 13, lineCount: 3 });
	});

	it('finds none in a file that does not start with a fence, or whose closing fence has more on its line', () => {
		expect(splitFrontmatter('Just a body.\n---\n')).toBeUndefined();
		expect(splitFrontmatter('---\ntitle: A\n--- more\nBody')).toBeUndefined();
	});
});

describe('yamlProseRanges', () => {
	const text = (yaml: string, skip: ReadonlySet<string> = new Set()) =>
		yamlProseRanges(yaml, skip).map(({ start, end, style }) => [yaml.slice(start, end), style]);

	it('gives every string value in order (YAML reads a date as one), not keys, numbers or booleans', () => {
		expect(text('title: A guide\norder: 2\nsteps:\n  - text: Wash.\n    done: true\nlastReviewed: 2026-11-20\n')).toEqual([
			['A guide', 'plain'],
			['Wash.', 'plain'],
			['2026-11-20', 'plain'],
		]);
	});

	it('skips everything under a skipped key, at any depth', () => {
		expect(
			text(
				'summary: Kept.\nsources:\n  - id: fda\n    quote: Skipped.\nsteps:\n  - id: a-1\n    text: Kept too.\n',
				new Set(['sources', 'id']),
			),
		).toEqual([
			['Kept.', 'plain'],
			['Kept too.', 'plain'],
		]);
	});

	it('keeps a quoted value’s quotes and a block value’s header in its range, and says which it is', () => {
		const ranges = text('a: "Quoted."\nb: >-\n  Folded\n  text.\nc: [one, \'two\']\n');
		expect(ranges.slice(0, 2)).toEqual([
			['"Quoted."', 'quoted'],
			['>-\n  Folded\n  text.\n', 'block'],
		]);
		expect(ranges.slice(2)).toEqual([
			['one', 'plain'],
			["'two'", 'quoted'],
		]);
	});
});
