/**
 * `npm run bench`: how fast search answers and how much it downloads, measured on the built
 * site in `dist/` (run `npm run build` first). A small static server gives `dist/` over
 * localhost with gzip, as a host would; Pagefind's index, fragment and wasm files are already
 * compressed and go out as they are. For each query, a fresh browser context (a cold cache)
 * opens /search/, clicks the box and types the query, and the script reports:
 *
 * 1. the time from the last keystroke to the results being on screen (target ≤ 150 ms), and
 * 2. the bytes transferred under /pagefind/ for that first query (target ≤ 110 KB).
 *
 * The figures go to the console and to bench/results.json (not committed).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Request } from 'playwright-core';
import { chromiumArgs, findChromium } from './lib/chromium.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const queries = ['CIT', 'redness'];
/** Runs per query; the median is held to the target and the slowest is reported beside it. */
const runs = 5;
/** Milliseconds between keystrokes: a quick typist. */
const keyDelay = 80;
const targets = { latencyMs: 150, pagefindBytes: 110 * 1024 };
/** `npm run bench -- --files` lists every file downloaded. */
const verbose = process.argv.includes('--files');

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

/** Body bytes the server sent for each path during the current run. */
let sent = new Map<string, number>();

/**
 * Serves `dist/` like a static host: `index.html` for folders, gzip for text, Pagefind's files
 * as they are. It notes the body bytes it sends, since the browser reports no body size for
 * a worker's script.
 */
function serve(): Promise<Server> {
	const gzipped = new Map<string, Buffer>();
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file = normalize(join(dist, path));
		if (!file.startsWith(dist)) {
			response.writeHead(403).end();
			return;
		}
		try {
			if (statSync(file).isDirectory()) file = join(file, 'index.html');
			const body = readFileSync(file);
			const type = types[extname(file)];
			const headers: Record<string, string> = { 'content-type': type ?? 'application/octet-stream', 'cache-control': 'no-cache' };
			const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
			if (type && acceptsGzip) {
				if (!gzipped.has(file)) gzipped.set(file, gzipSync(body));
				headers['content-encoding'] = 'gzip';
				headers.vary = 'accept-encoding';
				const compressed = gzipped.get(file)!;
				sent.set(path, (sent.get(path) ?? 0) + compressed.length);
				response.writeHead(200, headers).end(compressed);
			} else {
				sent.set(path, (sent.get(path) ?? 0) + body.length);
				response.writeHead(200, headers).end(body);
			}
		} catch {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
		}
	});
	return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

interface Run {
	latencyMs: number;
	pagefindBytes: number;
	files: { path: string; bytes: number }[];
}

type Mode = 'typed' | 'address';

/**
 * One cold search in a new browser context. `typed`: open /search/, click the box, type the
 * query. `address`: open /search/?q=… as the header form does, so exactly one query runs.
 */
async function measure(browser: Browser, origin: string, query: string, mode: Mode): Promise<Run> {
	sent = new Map();
	const context = await browser.newContext();
	const page = await context.newPage();
	const finished: Request[] = [];
	let pending = 0;
	const isPagefind = (request: Request) => new URL(request.url()).pathname.startsWith('/pagefind/');
	// The context sees requests from a web worker as well as the page's own.
	context.on('request', (request) => void (isPagefind(request) && (pending += 1)));
	context.on('requestfailed', (request) => void (isPagefind(request) && (pending -= 1)));
	context.on('requestfinished', (request) => {
		if (!isPagefind(request)) return;
		pending -= 1;
		finished.push(request);
	});
	// Results are on screen at the first frame after the count for the whole query appears.
	await page.addInitScript((expected) => {
		const bench = { lastKey: 0, rendered: 0 };
		(window as unknown as { bench: typeof bench }).bench = bench;
		document.addEventListener('keydown', () => (bench.lastKey = performance.now()), true);
		document.addEventListener('DOMContentLoaded', () => {
			const status = document.querySelector('[data-search-status]')!;
			new MutationObserver(() => {
				if (!bench.rendered && status.textContent?.includes(`for “${expected}”`)) {
					requestAnimationFrame(() => (bench.rendered = performance.now()));
				}
			}).observe(status, { childList: true, characterData: true, subtree: true });
		});
	}, query);
	if (mode === 'typed') {
		await page.goto(`${origin}/search/`, { waitUntil: 'load' });
		await page.locator('#search-query').click();
		await page.locator('#search-query').pressSequentially(query, { delay: keyDelay });
	} else {
		await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
	}
	await page.waitForFunction(() => (window as unknown as { bench: { rendered: number } }).bench.rendered > 0, null, { timeout: 10_000 });
	const { lastKey, rendered } = await page.evaluate(() => (window as unknown as { bench: { lastKey: number; rendered: number } }).bench);
	// Let requests already under way for this query finish before counting.
	for (let quiet = 0; quiet < 3; quiet = pending === 0 ? quiet + 1 : 0) await page.waitForTimeout(100);
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
	};
}

/** Bytes by kind of file: Pagefind's fixed part, index chunks, page fragments. */
function breakdown(files: Run['files']): string {
	const sum = (test: (path: string) => boolean) => files.filter((file) => test(file.path)).reduce((total, file) => total + file.bytes, 0);
	const index = sum((path) => path.startsWith('/pagefind/index/'));
	const fragments = files.filter((file) => file.path.startsWith('/pagefind/fragment/'));
	const fragmentBytes = sum((path) => path.startsWith('/pagefind/fragment/'));
	const fixed = sum(() => true) - index - fragmentBytes;
	return `fixed ${kb(fixed)} + index ${kb(index)} + ${fragments.length} page fragments ${kb(fragmentBytes)}`;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

try {
	statSync(join(dist, 'pagefind', 'pagefind.js'));
} catch {
	console.error('No dist/pagefind/pagefind.js: run `npm run build` first.');
	process.exit(1);
}
const executablePath = findChromium();
if (!executablePath) {
	console.error('No Chromium found. Install Debian’s chromium package or set CHROMIUM_PATH.');
	process.exit(1);
}

const server = await serve();
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
const report: Record<string, unknown> = {};
let allPass = true;
try {
	console.log(`Search benchmark: dist/ over ${origin} with gzip, cold cache per run, ${runs} runs per query, ${keyDelay} ms between keys.\n`);
	for (const query of queries) {
		const typed: Run[] = [];
		for (let run = 0; run < runs; run += 1) typed.push(await measure(browser, origin, query, 'typed'));
		const single = await measure(browser, origin, query, 'address');
		const latencies = typed.map((result) => result.latencyMs);
		const latency = median(latencies);
		// Every run starts cold; timing decides how many in-between results load, so the most is reported.
		const heaviest = typed.reduce((most, result) => (result.pagefindBytes > most.pagefindBytes ? result : most));
		const bytes = heaviest.pagefindBytes;
		const latencyOk = latency <= targets.latencyMs;
		const bytesOk = bytes <= targets.pagefindBytes;
		allPass &&= latencyOk && bytesOk;
		console.log(`Query “${query}”, typed into /search/`);
		console.log(
			`  (1) Last keystroke → results on screen: ${latency} ms median (slowest ${Math.max(...latencies)} ms; runs ${latencies.join(', ')})   target ≤ ${targets.latencyMs} ms   ${verdict(latencyOk)}`,
		);
		console.log(`  (2) Transferred under /pagefind/ for the first query: ${kb(bytes)} (${bytes} B)   target ≤ ${kb(targets.pagefindBytes)}   ${verdict(bytesOk)}`);
		console.log(`      ${breakdown(heaviest.files)}`);
		console.log(`  For comparison, one query from the address (/search/?q=${encodeURIComponent(query)}): ${kb(single.pagefindBytes)}: ${breakdown(single.files)}`);
		if (verbose) for (const file of heaviest.files) console.log(`    ${kb(file.bytes).padStart(9)}  ${file.path}`);
		console.log('');
		report[query] = {
			latencyMs: { median: latency, max: Math.max(...latencies), runs: latencies, target: targets.latencyMs, pass: latencyOk },
			pagefindBytes: { value: bytes, target: targets.pagefindBytes, pass: bytesOk, files: heaviest.files },
			singleQueryFromAddress: { pagefindBytes: single.pagefindBytes, files: single.files },
		};
	}
	console.log(allPass ? 'All targets met.' : 'Some targets missed.');
	mkdirSync(join(root, 'bench'), { recursive: true });
	writeFileSync(
		join(root, 'bench', 'results.json'),
		`${JSON.stringify({ date: new Date().toISOString(), chromium: browser.version(), runs, keyDelayMs: keyDelay, queries: report, pass: allPass }, null, '\t')}\n`,
	);
	console.log('Written to bench/results.json.');
	if (!allPass) process.exitCode = 1;
} finally {
	await browser.close();
	server.close();
}
