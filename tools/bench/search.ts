/**
 * Search: for each query, a fresh browser context (a cold cache) opens /search/, clicks the box
 * and types the query, and this reports (1) the time from the last keystroke to the results
 * being on screen (target ≤ 150 ms) and (2) the bytes transferred for search data (everything
 * under /pagefind/, and the index's word list): for the first query, one search from a cold
 * cache, opened at /search/?q=… as the header form does (target ≤ 110 KB), and for the typed
 * runs, which search once per keystroke and so load every in-between result too. Then (3) the share of the question
 * set (e2e/fixtures/search-questions.json) answered in the first three.
 */
import type { Browser, Request } from 'playwright-core';
import { scoreQuestion, searchQuestions } from '../../e2e/fixtures/search-questions.ts';
import { kb, median, verdict } from './util.ts';

/** Single words, a term's names, a question every page of which matches, relaxed questions and a slip. */
export const queries = [
	'CIT',
	'redness',
	'aftercare',
	'derma roller',
	'how many sessions',
	'retinol before my appointment',
	'how does elastin change after swimming',
	'colagen',
];
/** The same kinds of query on the Spanish search page (the bench names its address: plain Node cannot load src/i18n). */
export const spanishQueries = [
	'TIC',
	'enrojecimiento',
	'cuidados posteriores',
	'dermarroller',
	'cuántas sesiones',
	'retinol antes de mi cita',
	'cómo cambia la elastina después de nadar',
	'colajeno',
];
/** Milliseconds between keystrokes: a quick typist. */
export const keyDelay = 80;
export const targets = { latencyMs: 150, pagefindBytes: 110 * 1024 };

/** The index's word list, which each language's search page has beside it (src/search/index-words.ts). */
const isWordList = (path: string) => /^\/(?:[^/]+\/)*words\.json$/.test(path);

/** Body bytes the server sent for each path during the current run (see `recordSent`). */
let sent = new Map<string, number>();

/** Pass to the server's `onSend`: the browser reports no body size for a worker's script. */
export function recordSent(path: string, bytes: number): void {
	sent.set(path, (sent.get(path) ?? 0) + bytes);
}

interface Run {
	latencyMs: number;
	pagefindBytes: number;
	files: { path: string; bytes: number }[];
	/** What the status said the search did: every word, relaxed, or a suggestion. */
	kind: string;
}

type Mode = 'typed' | 'address';

/**
 * One cold search in a new browser context. `typed`: open /search/, click the box, type the
 * query. `address`: open /search/?q=… as the header form does, so exactly one query runs.
 * `searchPath` is the search page of the query's language (`/es/buscar/`).
 */
async function measure(browser: Browser, origin: string, query: string, mode: Mode, searchPath = '/search/'): Promise<Run> {
	sent = new Map();
	const context = await browser.newContext();
	const page = await context.newPage();
	const finished: Request[] = [];
	let pending = 0;
	let settled: (() => void) | undefined;
	const isPagefind = (request: Request) => {
		const path = new URL(request.url()).pathname;
		return path.startsWith('/pagefind/') || isWordList(path);
	};
	const done = () => {
		pending -= 1;
		if (pending === 0) settled?.();
	};
	// The context sees requests from a web worker as well as the page's own.
	context.on('request', (request) => void (isPagefind(request) && (pending += 1)));
	context.on('requestfailed', (request) => void (isPagefind(request) && done()));
	context.on('requestfinished', (request) => {
		if (!isPagefind(request)) return;
		finished.push(request);
		done();
	});
	// Results are on screen at the first frame after the count for the whole query appears.
	await page.addInitScript((expected) => {
		const bench = { lastKey: 0, rendered: 0 };
		(window as unknown as { bench: typeof bench }).bench = bench;
		document.addEventListener('keydown', () => (bench.lastKey = performance.now()), true);
		document.addEventListener('DOMContentLoaded', () => {
			const status = document.querySelector('[data-search-status]')!;
			new MutationObserver(() => {
				// The count names the query: "7 results for “CIT”", "7 resultados para “TIC”".
				if (!bench.rendered && ['for', 'para'].some((word) => status.textContent?.includes(`${word} “${expected}”`))) {
					requestAnimationFrame(() => (bench.rendered = performance.now()));
				}
			}).observe(status, { childList: true, characterData: true, subtree: true });
		});
	}, query);
	if (mode === 'typed') {
		await page.goto(`${origin}${searchPath}`, { waitUntil: 'load' });
		await page.locator('#search-query').click();
		await page.locator('#search-query').pressSequentially(query, { delay: keyDelay });
	} else {
		await page.goto(`${origin}${searchPath}?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
	}
	await page.waitForFunction(() => (window as unknown as { bench: { rendered: number } }).bench.rendered > 0, null, { timeout: 10_000 });
	const { lastKey, rendered } = await page.evaluate(() => (window as unknown as { bench: { lastKey: number; rendered: number } }).bench);
	const status = (await page.locator('[data-search-status]').textContent()) ?? '';
	const kind = /Did you mean|¿Quiso decir/.test(status) ? 'suggestion' : /pages about:|páginas sobre:/.test(status) ? 'relaxed' : 'every word';
	// Let requests already under way for this query finish before counting: the results are on
	// screen, so every fragment they show has been asked for.
	if (pending > 0) await new Promise<void>((resolve) => (settled = resolve));
	const files = await Promise.all(
		finished.map(async (request) => {
			const sizes = await request.sizes();
			const path = new URL(request.url()).pathname;
			// The browser's count, or the server's where the browser saw no body (a worker's script).
			return { path, bytes: sizes.responseHeadersSize + Math.max(sizes.responseBodySize, sent.get(path) ?? 0) };
		}),
	);
	await context.close();
	return {
		latencyMs: Math.round(rendered - lastKey),
		pagefindBytes: files.reduce((sum, file) => sum + file.bytes, 0),
		files,
		kind,
	};
}

/** The search data one search from a cold cache fetches, opened from the address as the header form does. */
export async function firstQuery(browser: Browser, origin: string, query: string, searchPath: string): Promise<Pick<Run, 'pagefindBytes' | 'files'>> {
	const { pagefindBytes, files } = await measure(browser, origin, query, 'address', searchPath);
	return { pagefindBytes, files };
}

/** Bytes by kind of file: Pagefind's fixed part, index chunks, page fragments. */
export function breakdown(files: Run['files']): string {
	const sum = (test: (path: string) => boolean) => files.filter((file) => test(file.path)).reduce((total, file) => total + file.bytes, 0);
	const index = sum((path) => path.startsWith('/pagefind/index/'));
	const fragments = files.filter((file) => file.path.startsWith('/pagefind/fragment/'));
	const fragmentBytes = sum((path) => path.startsWith('/pagefind/fragment/'));
	const words = sum(isWordList);
	const fixed = sum(() => true) - index - fragmentBytes - words;
	return `fixed ${kb(fixed)} + index ${kb(index)} + ${fragments.length} page fragments ${kb(fragmentBytes)} + word list ${kb(words)}`;
}

interface SearchResult {
	query: string;
	kind: string;
	latencyMs: { median: number; max: number; runs: number[]; target: number; pass: boolean };
	/** The first query: one search from a cold cache. */
	pagefindBytes: { value: number; target: number; pass: boolean; files: Run['files'] };
	/** The heaviest typed run, with a search per keystroke. */
	typedBytes: { value: number; files: Run['files'] };
}

/** Runs every query `runs` times typed (median latency, heaviest download) and once from the address. */
export async function benchSearch(
	browser: Browser,
	origin: string,
	runs: number,
	options: { files?: boolean; log?: (line: string) => void } = {},
): Promise<SearchResult[]> {
	const log = options.log ?? console.log;
	const results: SearchResult[] = [];
	// The Spanish queries run on the Spanish search page, which loads the Spanish index.
	const all = [...queries.map((query) => ({ query, path: '/search/' })), ...spanishQueries.map((query) => ({ query, path: '/es/buscar/' }))];
	for (const { query, path } of all) {
		const typed: Run[] = [];
		for (let run = 0; run < runs; run += 1) typed.push(await measure(browser, origin, query, 'typed', path));
		const single = await measure(browser, origin, query, 'address', path);
		const latencies = typed.map((result) => result.latencyMs);
		const latency = median(latencies);
		// Every run starts cold; timing decides how many in-between results load, so the most is reported.
		const heaviest = typed.reduce((most, result) => (result.pagefindBytes > most.pagefindBytes ? result : most));
		const bytes = heaviest.pagefindBytes;
		const latencyOk = latency <= targets.latencyMs;
		const bytesOk = single.pagefindBytes <= targets.pagefindBytes;
		log(`  search “${query}”: ${latency} ms median (runs ${latencies.join(', ')}) ${verdict(latencyOk)}; first query ${kb(single.pagefindBytes)} ${verdict(bytesOk)}`);
		log(`      first query: ${breakdown(single.files)}; typed, every keystroke's search: ${kb(bytes)}`);
		if (options.files) for (const file of heaviest.files) log(`    ${kb(file.bytes).padStart(9)}  ${file.path}`);
		results.push({
			query,
			kind: single.kind,
			latencyMs: { median: latency, max: Math.max(...latencies), runs: latencies, target: targets.latencyMs, pass: latencyOk },
			pagefindBytes: { value: single.pagefindBytes, target: targets.pagefindBytes, pass: bytesOk, files: single.files },
			typedBytes: { value: bytes, files: heaviest.files },
		});
	}
	return results;
}

/** Scores every question of the set in one page, as the end-to-end test does. */
export async function benchQuestions(browser: Browser, origin: string) {
	const context = await browser.newContext({ baseURL: origin });
	const page = await context.newPage();
	const scores = [];
	for (const question of searchQuestions) scores.push({ ...(await scoreQuestion(page, question)), expected: question.answers });
	await context.close();
	const answered = scores.filter((score) => score.answered).length;
	return { answered, total: scores.length, misses: scores.filter((score) => !score.answered) };
}
