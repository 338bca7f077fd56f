/**
 * `npm run check:lighthouse [dir]`: Lighthouse's accessibility, best-practices and SEO scores
 * must all be 100 on one page of each kind (list and set-asides in tools/checks/lighthouse-check.ts).
 *
 * Serves the build (default `dist/`) on 127.0.0.1 with its real headers and gives the pages to
 * Lighthouse CI: `lhci collect` (mobile preset, its default; one run per group of pages that set
 * the same audits aside) and `lhci assert` (tools/lighthouserc.yml). Its results, HTML reports
 * included, are in test-results/lighthouse/.lighthouseci/. Prints every failing audit with its
 * page, writes the counts for `npm test`, and exits 1 on any score below 100. The HTTPS audits
 * pass on localhost, so they need no set-aside.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bySkippedAudits, failingAudits, type Lhr, pages } from './checks/lighthouse-check.ts';
import { writeStageReport } from './checks/stage-report.ts';
import { findChromium } from './system/chromium.ts';
import { assertionResults, collectArgs, lhci, savedResults } from './system/lighthouse-ci.ts';
import { serve } from './system/serve.ts';

const dir = process.argv[2] ?? 'dist';
const results = join('test-results', 'lighthouse');
const note = `categories at 100 / below 100 (accessibility, best practices, SEO on ${pages.length} pages)`;

function fail(problem: string): never {
	console.error(problem);
	writeStageReport('lighthouse', { passed: 0, failed: 1, note: problem });
	process.exit(1);
}

if (!existsSync(join(dir, 'index.html'))) fail(`${dir}: no built site (run \`npm run build\` first)`);
const chromePath = findChromium();
if (!chromePath) fail('No Chromium found: install one (Debian: `apt-get install chromium`) or set CHROMIUM_PATH.');

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const { origin, close } = await serve(dir);
try {
	for (const [index, { audits, paths }] of bySkippedAudits(pages).entries()) {
		const args = collectArgs(
			chromePath,
			paths.map((path) => `${origin}${path}`),
		);
		if (audits.length > 0) args.push(`--settings.skipAudits=${audits.join(',')}`);
		if (index > 0) args.push('--additive');
		if ((await lhci('collect', args, results)) !== 0) fail('lhci collect failed: see its output above.');
	}
} finally {
	close();
}

for (const { path, skips } of pages) for (const { audit, reason } of skips) console.log(`Set aside on ${path}: ${audit} (${reason})`);
const code = await lhci('assert', [], results);
const assertions = assertionResults(results);
const failed = assertions.filter(({ passed }) => !passed);
if (failed.length > 0) console.error('\nFailing audits:');
const lhrs = savedResults<Lhr>(results);
for (const { url, auditProperty: category = '' } of failed) {
	const lhr = lhrs.find(({ finalUrl }) => finalUrl === url);
	const page = url.slice(origin.length);
	for (const { audit, title } of lhr ? failingAudits(lhr, category) : []) console.error(`  ${page} [${category}] ${audit}: ${title}`);
}
writeStageReport('lighthouse', { passed: assertions.length - failed.length, failed: failed.length, note });
console.log(
	`\nLighthouse: ${assertions.length - failed.length} categories at 100, ${failed.length} below 100; reports in ${results}/.lighthouseci/.`,
);
process.exitCode = code !== 0 || failed.length > 0 ? 1 : 0;
