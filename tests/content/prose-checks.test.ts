/** The prose checks of `scripts/check-content.ts`, run on a small fixture with known mistakes. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

describe('content prose checks', () => {
	it('reports a typed figure and a placeholder with file and line, but not the facts file itself', () => {
		const result = spawnSync(process.execPath, ['scripts/check-content.ts'], {
			cwd: root,
			encoding: 'utf8',
			env: { ...process.env, CONTENT_DIR: 'tests/fixtures/prose' },
		});
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('tests/fixtures/prose/faq/how-many.mdx:4: the figure "3-6 sessions" is typed in prose');
		expect(result.stderr).toContain('tests/fixtures/prose/faq/how-many.mdx:5: placeholder text left in');
		expect(result.stderr).not.toContain('prose/facts.yaml:');
		expect(result.stdout).toContain('1 content files checked, 2 problems.');
	});
});
