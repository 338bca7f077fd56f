/**
 * The checks of `scripts/check-content.ts`, run on small fixtures with known mistakes: the
 * prose fixture (one mistake per file) and the content fixtures it shares with the build.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

/** Runs the content checks on a fixture folder, on a fixed day so review dates never fall due. */
function checkContent(dir: string, today = '2026-11-22') {
	return spawnSync(process.execPath, ['scripts/check-content.ts'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, CONTENT_DIR: dir, CONTENT_TODAY: today },
	});
}

describe('content prose checks', () => {
	const result = checkContent('tests/fixtures/prose');

	it('reports a typed figure and a placeholder with file and line, but not the facts file itself', () => {
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('tests/fixtures/prose/faq/how-many.mdx:4: the figure "3-6 sessions" is typed in prose');
		expect(result.stderr).toContain('tests/fixtures/prose/faq/how-many.mdx:5: placeholder text left in');
		expect(result.stderr).not.toContain('prose/facts.yaml:');
		expect(result.stdout).toContain('4 content files checked, 5 problems.');
	});

	it('reports an image without alt text, with file, line and fix', () => {
		expect(result.stderr).toContain(
			'tests/fixtures/prose/glossary/derma-roller.mdx:6: the image "derma-roller.png" has no alt text. Say what it shows inside the brackets, for example ![A microneedling pen held against the cheek](derma-roller.png).',
		);
	});

	it('reports a heading that skips a level after the page title, with the level to use', () => {
		expect(result.stderr).toContain(
			'tests/fixtures/prose/pages/aftercare.mdx:6: "### The first day" skips a heading level: the heading above it is the page title, level 1, so make this ## (never skip a level).',
		);
	});

	it('reports a heading in an FAQ answer, which is shown under its question', () => {
		expect(result.stderr).toContain(
			'tests/fixtures/prose/faq/does-it-hurt.mdx:6: an FAQ answer has no headings: it is shown under its question, on /faq/ and in clinics\' embeds. Remove "## Numbing cream", or make it a question of its own.',
		);
	});
});

describe('content checks on the build fixtures', () => {
	it('reports an MDX syntax error with file, line and column and the fix Astro leaves out', () => {
		const { status, stderr } = checkContent('tests/fixtures/content/mdx-syntax-error');
		expect(status).toBe(1);
		expect(stderr).toContain(
			'tests/fixtures/content/mdx-syntax-error/faq/does-it-hurt.mdx:12: the MDX does not parse (column 15): Expected a closing tag for `<strong>` (12:15) before the end of `paragraph`. MDX reads "<" as the start of a tag',
		);
		expect(stderr).toContain('Close every tag you open');
	});

	it('lists every overdue entry with the line of its nextReview, whichever collection it is in', () => {
		const { status, stderr, stdout } = checkContent('tests/fixtures/content/overdue-review');
		expect(status).toBe(1);
		expect(stderr).toContain(
			'tests/fixtures/content/overdue-review/faq/does-it-hurt.mdx:7: nextReview: due 2026-10-01, 52 days ago. Review the entry, then set lastReviewed to today and nextReview to a later date.',
		);
		expect(stdout).toContain('2 content files checked, 1 problem.');
		expect(checkContent('tests/fixtures/content/overdue-review', '2026-10-01').status).toBe(0);
	});

	it('passes the valid fixture', () => {
		expect(checkContent('tests/fixtures/content/valid').status).toBe(0);
	});
});
