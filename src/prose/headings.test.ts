import { describe, expect, it } from 'vitest';
import { findHeadings, findSkippedHeadings } from './headings';

const frontmatter = '---\ntitle: About\n---\n';

describe('findHeadings', () => {
	it('lists each heading with its file line, level and words', () => {
		expect(findHeadings(`${frontmatter}Intro.\n\n## Who *writes* it\n\nText.\n\n### Reviews\n`)).toEqual([
			{ line: 6, depth: 2, text: 'Who writes it' },
			{ line: 10, depth: 3, text: 'Reviews' },
		]);
	});
});

describe('findSkippedHeadings', () => {
	it('accepts a page body that starts at ## and goes one level at a time, back up as it likes', () => {
		expect(findSkippedHeadings(`${frontmatter}## One\n\n### One a\n\n#### Detail\n\n## Two\n\n### Two a\n`)).toEqual([]);
		expect(findSkippedHeadings(`${frontmatter}A body without headings.\n`)).toEqual([]);
	});

	it('reports ### straight after the page title, with the level to use', () => {
		expect(findSkippedHeadings(`${frontmatter}Intro.\n\n### Aftercare\n`)).toEqual([
			{
				line: 6,
				message:
					'"### Aftercare" skips a heading level: the heading above it is the page title, level 1, so make this ## (never skip a level).',
			},
		]);
	});

	it('reports a level skipped later on, naming the heading above it', () => {
		expect(findSkippedHeadings(`${frontmatter}## Risks\n\n#### Rare risks\n`)).toEqual([
			{
				line: 6,
				message:
					'"#### Rare risks" skips a heading level: the heading above it is "## Risks" (line 4), level 2, so make this ### (never skip a level).',
			},
		]);
	});

	it('reports a # heading in a page body, which already has the page title as its h1', () => {
		expect(findSkippedHeadings(`${frontmatter}# About us\n`)).toEqual([
			{
				line: 4,
				message: '"# About us" is a level-1 heading, but this text sits under the page title (level 1): start its headings at ##.',
			},
		]);
	});

	it('holds an entry shown under an h2 to headings from ###', () => {
		const underTitle = { topLevel: 3, under: 'the benefit’s title' };
		expect(findSkippedHeadings('### How\n\n#### Detail\n', underTitle)).toEqual([]);
		expect(findSkippedHeadings('## How\n', underTitle)[0]?.message).toBe(
			'"## How" is a level-2 heading, but this text sits under the benefit’s title (level 2): start its headings at ###.',
		);
		expect(findSkippedHeadings('#### How\n', underTitle)[0]?.message).toContain(
			'the heading above it is the benefit’s title, level 2, so make this ###',
		);
	});
});
