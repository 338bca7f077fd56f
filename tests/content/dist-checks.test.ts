/**
 * The checks `npm test` runs on the built site, run on small stand-ins for `dist/` with known
 * mistakes (tests/fixtures/dist-checks/): each must name the file and the reason, and fail.
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureJava } from '../../tools/system/java';

const root = new URL('../..', import.meta.url).pathname;
const fixtures = 'tests/fixtures/dist-checks';

function runScript(script: string, dir: string, env: NodeJS.ProcessEnv = process.env) {
	return spawnSync(process.execPath, [script, dir], { cwd: root, encoding: 'utf8', env });
}

describe('HTML validity check (tools/check-html.ts)', () => {
	let env: NodeJS.ProcessEnv;
	let result: ReturnType<typeof runScript>;
	beforeAll(() => {
		// The same Java `npm test` uses: found, or installed as root, or the reason it cannot be.
		env = { ...process.env, JAVA: ensureJava() };
		result = runScript('tools/check-html.ts', `${fixtures}/html`, env);
	});

	it('reports each real error with its file, line and reason, and fails', () => {
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`${fixtures}/html/invalid/index.html:11:4: Element “li” not allowed as child of element “main”`);
		// An unknown CSS property is a real CSS error: only the listed checker gaps are set aside.
		expect(result.stderr).toContain(`${fixtures}/html/invalid/index.html:6:17: CSS: “colr”: Property “colr” doesn't exist.`);
		// Astro's own redirect refresh, as it writes it before the build rewrites it, is an error
		// like any other: the check sets no redirect page aside.
		expect(result.stderr).toContain(`${fixtures}/html/a/short/index.html:1:48: Bad value “0;url=/” for attribute “content”`);
		expect(result.stdout).toContain('HTML validity: 3 pages checked, 2 with errors (3 errors)');
	});

	it('sets aside only the known CSS checker gaps, and skips Pagefind’s folder', () => {
		expect(result.stderr).not.toContain(`${fixtures}/html/index.html`);
		expect(result.stderr).not.toContain('pagefind');
		expect(result.stdout).toMatch(/1 × CSS checker gap: @property/);
		expect(result.stdout).not.toMatch(/redirect/i);
	});

	it('fails with the reason when there is nothing to check', () => {
		const missing = runScript('tools/check-html.ts', `${fixtures}/no-such-folder`, env);
		expect(missing.status).toBe(1);
		expect(missing.stderr).toContain(`${fixtures}/no-such-folder: no such folder`);
	});
});

describe('link check (tools/check-links.ts)', () => {
	it('reports a missing page, a missing anchor, a missing page at the site’s address and an http: link', () => {
		const result = runScript('tools/check-links.ts', `${fixtures}/links`);
		expect(result.status).toBe(1);
		const page = `${fixtures}/links/index.html`;
		expect(result.stderr.trim().split('\n').sort()).toEqual(
			[
				`${page}: broken link: /missing/ (404: no such file in the build)`,
				`${page}: missing anchor: /other/#nowhere (no element with id="nowhere" on /other/)`,
				`${page}: broken link: /gone/ (404: no such file in the build)`,
				`${page}: external link is not https: http://example.org/plain`,
			].sort(),
		);
		expect(result.stdout).toMatch(
			/Links: 2 pages, \d+ internal links checked \(distinct pages and files\), 3 broken; 2 external links to 2 addresses \(not fetched\), 1 not https/,
		);
	});
});
