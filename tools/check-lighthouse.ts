/**
 * `npm run check:lighthouse [dir]`: Lighthouse's accessibility, best-practices and SEO scores
 * must all be 100 on one page of each kind (list and set-asides in tools/checks/lighthouse-check.ts).
 *
 * Serves the build (default `dist/`) on 127.0.0.1, starts one headless Chromium and runs
 * Lighthouse (mobile preset, its default) on each page in turn. Prints a page × category table
 * and every failing audit with its page; writes `test-results/lighthouse.json`; exits 1 on any
 * score below 100. The HTTPS audits pass on localhost, so they need no set-aside.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { findChromium } from './system/chromium.ts';
import { categories, countScores, type Lhr, type PageScores, pages, scoreTable, summarise } from './checks/lighthouse-check.ts';
import { serve } from './system/serve.ts';
import { launchChrome } from './system/static-server.ts';

const dir = process.argv[2] ?? 'dist';
const started = performance.now();

if (!existsSync(join(dir, 'index.html'))) {
	console.error(`${dir}: no built site (run \`npm run build\` first)`);
	console.log('Lighthouse: 0 categories at 100, 1 below 100.');
	process.exit(1);
}
const chromePath = findChromium();
if (!chromePath) {
	console.error('No Chromium found: install one (Debian: `apt-get install chromium`) or set CHROMIUM_PATH.');
	process.exit(1);
}

const { origin, close } = await serve(dir);
const chrome = await launchChrome(chromePath);
const results: PageScores[] = [];
try {
	for (const page of pages) {
		const runner = await lighthouse(`${origin}${page.path}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...categories],
			skipAudits: page.skips.map(({ audit }) => audit),
		});
		if (!runner) throw new Error(`Lighthouse returned nothing for ${page.path}`);
		results.push(summarise(runner.lhr as unknown as Lhr, page.path, page.skips));
	}
} finally {
	chrome.kill();
	close();
}

const seconds = (performance.now() - started) / 1000;
console.log(`Lighthouse ${'(mobile preset)'} on ${pages.length} pages:\n`);
console.log(scoreTable(results));
const skipped = results.flatMap(({ page, skipped }) => skipped.map((skip) => ({ page, ...skip })));
if (skipped.length > 0) console.log('\nSkipped:');
for (const { page, audit, reason } of skipped) console.log(`  ${page}: ${audit} (${reason})`);
const failures = results.flatMap(({ failures }) => failures);
if (failures.length > 0) console.error('\nFailing audits:');
for (const { page, category, audit, title } of failures) console.error(`  ${page} [${category}] ${audit}: ${title}`);

const { perfect, below } = countScores(results);
mkdirSync('test-results', { recursive: true });
writeFileSync(
	'test-results/lighthouse.json',
	`${JSON.stringify({ preset: 'mobile', seconds, perfect, below, pages: results }, null, 2)}\n`,
);
console.log(`\nLighthouse: ${perfect} categories at 100, ${below} below 100, in ${seconds.toFixed(1)} s.`);
process.exitCode = below > 0 ? 1 : 0;
