/**
 * `npm run bench`: a performance report of the built site in `dist/` (run `npm run build`
 * first). Sections, each in tools/bench/:
 *
 * 1. weights: HTML, CSS and JS a first visit fetches per page type, raw and gzipped, against the
 *    content-page budget (≤ 25 KB gzipped, aim 17 KB; no JS before interaction);
 * 2. search: last keystroke → results on screen, and search data bytes (/pagefind/ and the word
 *    list), for a set of queries; then the share of the question set answered in the first three;
 * 3. lighthouse: performance score, LCP, TBT and CLS per page type (mobile preset, median);
 * 4. build: `astro build` time (the Pagefind index included) of the real site and of sites with
 *    100 and 1,000 generated pages (glossary terms, one page each) added, and of Starlight
 *    building the same 1,000 pages, in the same sitting;
 * 5. journey: a reader's seven pages in one browser with its cache on, bytes on the wire per
 *    page against the repeat-visit budget, and click to paint with the browser's preloading on
 *    and off.
 *
 * `--only=weights,search` runs a subset; `--runs=N` sets the runs per measurement (defaults:
 * search 5, lighthouse 3, build 3, journey 3); `--files` lists search's downloads. dist/ is served over
 * localhost as a host serves it (tools/system/serve.ts). Prints tables, writes them with the
 * machine and the command to docs/benchmarks.md, and the raw figures to bench/results.json (not
 * committed). It is a report: the exit code is 0 whatever the figures.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { benchBuild } from './bench/build.ts';
import { benchJourney, journeyBudget, slow4g } from './bench/journey.ts';
import { benchLighthouse } from './bench/lighthouse.ts';
import { type Machine, markdownReport, type ReportTable } from './bench/report.ts';
import { benchQuestions, benchSearch, keyDelay, recordSent, targets } from './bench/search.ts';
import { kb, parseOptions, table, usage, verdict } from './bench/util.ts';
import { benchWeights, budget } from './bench/weights.ts';
import { chromiumArgs, findChromium } from './system/chromium.ts';
import { serve } from './system/serve.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
let options: ReturnType<typeof parseOptions>;
try {
	options = parseOptions(process.argv.slice(2));
} catch (error) {
	console.error(`${(error as Error).message}\n${usage}`);
	process.exit(1);
}
const { only } = options;
const needsDist = only.some((section) => section !== 'build');
if (needsDist && !existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
	console.error('No dist/pagefind/pagefind.js: run `npm run build` first.');
	process.exit(1);
}
const executablePath = findChromium();
if (needsDist && !executablePath) {
	console.error('No Chromium found. Install Debian’s chromium package or set CHROMIUM_PATH.');
	process.exit(1);
}

const args = process.argv.slice(2);
const command =
	process.env.npm_lifecycle_event === 'bench'
		? `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`
		: `node tools/bench.ts ${args.join(' ')}`.trim();
const date = new Date().toISOString();
const report: Record<string, unknown> = { date, command, sections: only, runs: options.runs ?? 'default' };
const summary: string[] = [];
const tables: ReportTable[] = [];
/** Prints a section's table and notes, and keeps them for docs/benchmarks.md. */
function show(section: ReportTable): void {
	console.log(`\n${table(section.header, section.rows)}\n${section.notes.map((note) => `${note}\n`).join('')}`);
	tables.push(section);
}
const server = needsDist ? await serve(dist, { onSend: recordSent }) : undefined;
// Launched for Lighthouse runs too, if only to name the Chromium version in the report.
const browser = needsDist ? await chromium.launch({ executablePath, args: chromiumArgs }) : undefined;
if (browser) report.chromium = browser.version();
const distro = existsSync('/etc/os-release') ? /^PRETTY_NAME="?([^"\n]*)/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] : undefined;
const machine: Machine = {
	cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
	cores: availableParallelism(),
	memoryBytes: totalmem(),
	os: [distro, `${type()} ${release()} ${arch()}`].filter(Boolean).join(', '),
	node: process.version,
	chromium: browser?.version() ?? 'not used',
	load: loadavg()[0]!,
};
report.machine = machine;
console.log(`Benchmark: ${only.join(', ')}${server ? `; dist/ over ${server.origin} with gzip, a cold cache per page` : ''}.\n`);
try {
	if (only.includes('weights')) {
		const title = '1. Page weight (first visit, HTML + CSS + JS)';
		console.log(title);
		const weights = await benchWeights(browser!, server!.origin);
		report.weights = { budget, pages: weights };
		const row = (w: (typeof weights)[number]) => [
			w.name,
			w.path,
			kb(w.raw.html),
			`${kb(w.gzip.html)}`,
			kb(w.gzip.css),
			kb(w.gzip.js),
			kb(w.totalRaw),
			kb(w.totalGzip),
			w.scripts.length ? `${w.scripts.length}: ${w.scripts.map((path) => path.replace(/^.*\//, '')).join(', ')}` : 'none',
			w.pass === null
				? 'n/a (not a content page)'
				: `${verdict(w.pass)}${w.pass && w.totalGzip > budget.aimBytes ? ' (over the 17 KB aim)' : ''}`,
		];
		show({
			title,
			header: [
				'page',
				'path',
				'HTML raw',
				'HTML gz',
				'CSS gz',
				'JS gz',
				'total raw',
				'total gz',
				'JS before interaction',
				`budget ≤ ${kb(budget.gzipBytes)} gz, no JS`,
			],
			rows: weights.map(row),
			notes: [],
		});
		const failed = weights.filter((w) => w.pass === false).length;
		summary.push(`weights: ${failed === 0 ? 'all content pages within budget' : `${failed} content page(s) over budget or loading JS`}`);
	}
	if (only.includes('search')) {
		const runs = options.runs ?? 5;
		const title = `2. Search (typed with ${keyDelay} ms between keys; ${runs} cold runs per query)`;
		console.log(title);
		const results = await benchSearch(browser!, server!.origin, runs, { files: options.files });
		report.search = { runs, targets, queries: results };
		show({
			title,
			header: [
				'query',
				'search',
				'latency median',
				'slowest',
				`≤ ${targets.latencyMs} ms`,
				'first query bytes',
				`≤ ${kb(targets.pagefindBytes)}`,
				'typed, every keystroke',
			],
			rows: results.map((r) => [
				`“${r.query}”`,
				r.kind,
				`${r.latencyMs.median} ms`,
				`${r.latencyMs.max} ms`,
				verdict(r.latencyMs.pass),
				kb(r.pagefindBytes.value),
				verdict(r.pagefindBytes.pass),
				kb(r.typedBytes.value),
			]),
			notes: [
				'Search data is everything under /pagefind/ and the index’s word list. The first query is one search from a cold cache (/search/?q=…); a typed run searches at every keystroke, so it also loads the results shown while typing.',
			],
		});
		const failed = results.filter((r) => !r.latencyMs.pass || !r.pagefindBytes.pass).length;
		summary.push(`search: ${failed === 0 ? 'all queries within targets' : `${failed} of ${results.length} queries missed a target`}`);

		const questions = await benchQuestions(browser!, server!.origin);
		report.questions = questions;
		const share = `${questions.answered} of ${questions.total} (${((100 * questions.answered) / questions.total).toFixed(1)}%)`;
		show({
			title: '2b. Question set (e2e/fixtures/search-questions.json): an answer in the first three',
			header: ['missed question', 'expected', 'first three'],
			rows: questions.misses.map((miss) => [`“${miss.query}”`, miss.expected.join(' or '), miss.firstThree.join(', ') || 'nothing']),
			notes: [`Answered: ${share}; the end-to-end test requires 95%.`],
		});
		summary.push(`questions: ${share} answered in the first three`);
	}
	if (only.includes('lighthouse')) {
		const runs = options.runs ?? 3;
		const title = `3. Lighthouse performance (mobile preset, median of ${runs})`;
		console.log(title);
		const results = await benchLighthouse(executablePath!, server!.origin, runs);
		report.lighthouse = { preset: 'mobile', runs, pages: results };
		const ms = (value: number | null) => (value === null ? '–' : `${value} ms`);
		show({
			title,
			header: ['page', 'path', 'score', 'LCP', 'TBT', 'CLS'],
			rows: results.map((r) => [r.name, r.path, String(r.score ?? '–'), ms(r.lcpMs), ms(r.tbtMs), String(r.cls ?? '–')]),
			notes: [],
		});
		summary.push(`lighthouse: scores ${results.map((r) => r.score ?? '–').join(', ')}`);
	}
	if (only.includes('build')) {
		const runs = options.runs ?? 3;
		const title = `4. Build time (astro build, its Pagefind index included; median of ${runs}, the sites in turn; a temporary outDir, dist/ untouched)`;
		console.log(title);
		const result = await benchBuild(root, runs);
		report.build = { runs, ...result };
		const perPage = (s: (typeof result.sites)[number]) => {
			const ms = s.starlight || s.pages === 0 ? null : result.perPageMs[s.pages];
			return ms === null || ms === undefined ? '' : `${ms} ms`;
		};
		show({
			title,
			header: ['site', 'HTML files', 'median', 'per added page', 'runs'],
			rows: result.sites.map((s) => [
				s.site,
				String(s.htmlFiles),
				`${s.medianSeconds} s`,
				perPage(s),
				s.runsSeconds.map((t) => `${t} s`).join(', '),
			]),
			notes: [
				`ratio +1,000 / +100 pages: ${result.ratio1000to100 ?? '–'} (should be ≤ ~10). Each added page is also a glossary term, so a page cost that grew with the number of terms would show at +1,000; at +100 the figure rests on a few tenths of a second and varies by a few ms between runs.`,
				result.starlightError
					? `Starlight was not built: ${result.starlightError.split('\n')[0]}`
					: `+1,000 pages / Starlight's 1,000 pages, same sitting: ${result.ratioToStarlight ?? '–'} (under 1 is faster).`,
			],
		});
		summary.push(`build: ratio 1,000/100 = ${result.ratio1000to100 ?? '–'}, +1,000 pages / Starlight = ${result.ratioToStarlight ?? '–'}`);
	}
	if (only.includes('journey')) {
		const runs = options.runs ?? 3;
		const title = '5. Repeat visits (seven pages in one browser, cache on; bytes on the wire, headers included)';
		console.log(title);
		const { bytes, clicks } = await benchJourney(browser!, executablePath!, server!.origin, runs);
		report.journey = { budget: journeyBudget, runs, network: slow4g, bytes, clicks };
		show({
			title,
			header: ['step', 'page', 'path', 'on the wire', 'its text alone, gzipped', 'fetched'],
			rows: bytes.visits.map((visit, index) => [
				String(index + 1),
				visit.name,
				visit.path,
				kb(visit.bytes),
				kb(visit.textBytes),
				visit.transfers
					.filter((transfer) => transfer.bytes > 0)
					.map((transfer) => `${transfer.path === visit.path ? 'HTML' : transfer.path.replace(/^.*\//, '')} ${kb(transfer.bytes)}`)
					.join(', '),
			]),
			notes: [
				`First page: ${kb(bytes.firstBytes)} (budget ≤ ${kb(journeyBudget.firstBytes)}): ${verdict(bytes.pass.first)}. Each next page, on average: ${kb(bytes.nextMeanBytes)} (budget ≤ ${kb(journeyBudget.nextMeanBytes)}): ${verdict(bytes.pass.next)}; their text alone, with no markup at all, ${kb(bytes.nextMeanTextBytes)}.`,
				'The text is what the browser shows as the page’s `innerText`, gzipped on its own: the floor for a page that costs only its text.',
			],
		});
		const ms = (value: number) => `${Math.round(value)} ms`;
		show({
			title: `5b. Click to paint (pointer rests on the link, then clicks; slow 4G; median of ${runs})`,
			header: ['from', 'to', 'preloading on', 'preloading off', 'fetched ahead'],
			rows: clicks.rows.map((row) => [row.from, row.to, ms(row.withMs), ms(row.withoutMs), row.fetchedAhead ? 'yes' : 'no']),
			notes: [
				`Median over the links: ${ms(clicks.withMs)} with the speculation rules, ${ms(clicks.withoutMs)} with the browser's preloading off. From the click (the navigation's start) to the next page's first contentful paint; a page the journey has no link to is opened by its address and not timed.`,
			],
		});
		summary.push(
			`journey: first page ${kb(bytes.firstBytes)}, next pages ${kb(bytes.nextMeanBytes)} on average (their text alone ${kb(bytes.nextMeanTextBytes)}); click to paint ${ms(clicks.withMs)} (preloading off: ${ms(clicks.withoutMs)})`,
		);
	}
	mkdirSync(join(root, 'bench'), { recursive: true });
	writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(report, null, '\t')}\n`);
	writeFileSync(join(root, 'docs', 'benchmarks.md'), markdownReport({ date, command, machine, tables, summary }));
	console.log(`Summary:\n${summary.map((line) => `  ${line}`).join('\n')}\nWritten to docs/benchmarks.md and bench/results.json.`);
} finally {
	await browser?.close();
	server?.close();
}
