/**
 * A reader's journey: seven pages opened one after another in one browser with its cache on,
 * from a build served as a host serves it (gzip, and the real `_headers`, so hashed files are
 * kept for a year), counting the bytes on the wire for each page, headers included, a file
 * taken from the cache counting nothing. The bench reports it and e2e/repeat-visits.spec.ts
 * asserts its budget.
 *
 * Click to paint: from each page, the reader rests the pointer on the link to the next one,
 * then clicks; the time from the click to the next page's first paint, with the browser's
 * preloading on (the speculation rules fetch the page ahead) and off.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { chromiumArgs } from '../system/chromium.ts';
import { median } from './util.ts';

interface JourneyPage {
	name: string;
	path: string;
}

/** The pages, in the order a reader might open them. */
export const journeyPages: JourneyPage[] = [
	{ name: 'home', path: '/' },
	{ name: 'procedure', path: '/procedure/' },
	{ name: 'side effects', path: '/side-effects/' },
	{ name: 'FAQ topic', path: '/faq/safety/' },
	{ name: 'aftercare', path: '/aftercare/' },
	{ name: 'benefits', path: '/benefits/' },
	{ name: 'glossary', path: '/glossary/' },
];

/**
 * The first page, and the mean of the pages after it, on the wire. After the first page the
 * stylesheet comes from the cache, so a next page costs its own HTML: its text and the markup
 * around it, which the budget keeps lean (decision 42).
 */
export const journeyBudget = { firstBytes: 17 * 1024, nextMeanBytes: 14 * 1024 };

interface Transfer {
	path: string;
	status: number;
	/** Bytes on the wire, headers included; 0 for a file the cache gave. */
	bytes: number;
}

interface Visit extends JourneyPage {
	bytes: number;
	/** The page's text as a reader sees it (`innerText`), gzipped: what the page could cost with no markup at all. */
	textBytes: number;
	transfers: Transfer[];
}

interface JourneySummary {
	firstBytes: number;
	/** The mean of every page after the first, rounded to a byte. */
	nextMeanBytes: number;
	/** The mean of their text alone, gzipped: the floor no markup diet can go below. */
	nextMeanTextBytes: number;
	pass: { first: boolean; next: boolean };
	visits: Visit[];
}

/** The first page's bytes and the mean of the others, against the budget. */
export function summariseJourney(visits: Visit[]): JourneySummary {
	const [first, ...next] = visits;
	const firstBytes = first?.bytes ?? 0;
	const mean = (figure: (visit: Visit) => number) => (next.length ? Math.round(next.reduce((sum, visit) => sum + figure(visit), 0) / next.length) : 0);
	const nextMeanBytes = mean((visit) => visit.bytes);
	return {
		firstBytes,
		nextMeanBytes,
		nextMeanTextBytes: mean((visit) => visit.textBytes),
		pass: { first: firstBytes <= journeyBudget.firstBytes, next: nextMeanBytes <= journeyBudget.nextMeanBytes },
		visits,
	};
}

/** CDP's events for one request, as read here. */
interface RequestSent {
	requestId: string;
	request: { url: string };
}

/**
 * Counts, through the browser's own network log, every request a tab makes while a page is
 * open: `take` resolves once each request since the last `take` has finished or failed.
 */
async function wireLog(context: BrowserContext, tab: Page, origin: string): Promise<{ session: CDPSession; take: () => Promise<Transfer[]> }> {
	const session = await context.newCDPSession(tab);
	let pending: Promise<Transfer | undefined>[] = [];
	const finished = new Map<string, (transfer: { status: number; bytes: number } | undefined) => void>();
	const statuses = new Map<string, number>();
	session.on('Network.requestWillBeSent', ({ requestId, request }: RequestSent) => {
		// A redirect reuses the id: the earlier hop ends here with its own bytes.
		if (finished.has(requestId)) return;
		const url = new URL(request.url);
		pending.push(
			new Promise((resolve) =>
				finished.set(requestId, (transfer) =>
					resolve(transfer && url.origin === origin ? { path: `${url.pathname}${url.search}`, ...transfer } : undefined),
				),
			),
		);
	});
	session.on('Network.responseReceived', ({ requestId, response }: { requestId: string; response: { status: number } }) =>
		statuses.set(requestId, response.status),
	);
	session.on('Network.loadingFinished', ({ requestId, encodedDataLength }: { requestId: string; encodedDataLength: number }) => {
		finished.get(requestId)?.({ status: statuses.get(requestId) ?? 0, bytes: encodedDataLength });
		finished.delete(requestId);
	});
	session.on('Network.loadingFailed', ({ requestId }: { requestId: string }) => {
		finished.get(requestId)?.(undefined);
		finished.delete(requestId);
	});
	await session.send('Network.enable');
	return {
		session,
		take: async () => {
			const taken = pending;
			pending = [];
			return (await Promise.all(taken)).filter((transfer): transfer is Transfer => Boolean(transfer));
		},
	};
}

/**
 * Opens `pages` one after another in one tab of a new context (its cache on, as a reader's
 * browser has it), each until the network is quiet, and counts what each one fetched.
 */
export async function walkJourney(browser: Browser, origin: string, pages: JourneyPage[] = journeyPages): Promise<Visit[]> {
	const context = await browser.newContext();
	try {
		const tab = await context.newPage();
		const { take } = await wireLog(context, tab, origin);
		const visits: Visit[] = [];
		for (const page of pages) {
			await tab.goto(`${origin}${page.path}`, { waitUntil: 'networkidle' });
			const transfers = await take();
			const textBytes = gzipSync(await tab.locator('body').innerText()).length;
			visits.push({ ...page, bytes: transfers.reduce((sum, transfer) => sum + transfer.bytes, 0), textBytes, transfers });
		}
		return visits;
	} finally {
		await context.close();
	}
}

interface ClickTiming {
	from: string;
	to: string;
	/** From the click (the navigation's start) to the new page's first contentful paint. */
	ms: number;
	/** Whether the page had been fetched ahead, by the speculation rules, when the click came. */
	fetchedAhead: boolean;
}

/** `Preload.prefetchStatusUpdated`, as read here. */
interface PrefetchStatus {
	key: { url: string };
	status: 'Pending' | 'Running' | 'Ready' | 'Success' | 'Failure' | 'NotSupported';
}

/** Resolves with the first status of a prefetch of `url` that says it is ready, has failed or is not supported. */
export function prefetchSettled(session: CDPSession, url: string): Promise<PrefetchStatus['status']> {
	return new Promise((resolve) => {
		const listener = ({ key, status }: PrefetchStatus) => {
			if (key.url !== url || status === 'Pending' || status === 'Running') return;
			session.off('Preload.prefetchStatusUpdated', listener);
			resolve(status);
		};
		session.on('Preload.prefetchStatusUpdated', listener);
	});
}

/** The page's first contentful paint, from its navigation's start. */
function firstPaint(tab: Page): Promise<number> {
	return tab.evaluate(
		() =>
			new Promise<number>((resolve) => {
				new PerformanceObserver((list, observer) => {
					const paint = list.getEntriesByName('first-contentful-paint')[0];
					if (!paint) return;
					observer.disconnect();
					resolve(paint.startTime);
				}).observe({ type: 'paint', buffered: true });
			}),
	);
}

/** Lighthouse's mobile network (a slow 4G): 150 ms round trips, 1.6 Mbps down, 750 kbps up. */
export const slow4g = { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/**
 * Walks the journey in a tab of `context` by clicking, over a slow 4G network: on each page, the
 * pointer rests on the link to the next page until the browser has fetched it ahead (when
 * preloading is on), then clicks it, and the next page's first paint is timed. A page with no
 * link to the next is opened by its address and not timed.
 */
async function clickToPaint(context: BrowserContext, origin: string, pages: JourneyPage[] = journeyPages): Promise<ClickTiming[]> {
	const tab = await context.newPage();
	const session = await context.newCDPSession(tab);
	await session.send('Network.emulateNetworkConditions', slow4g);
	let preloading = true;
	let candidates = new Set<string>();
	session.on('Preload.preloadEnabledStateUpdated', (state: Record<string, boolean>) => {
		preloading = !Object.values(state).some(Boolean);
	});
	session.on('Preload.preloadingAttemptSourcesUpdated', ({ preloadingAttemptSources }: { preloadingAttemptSources: { key: { url: string } }[] }) => {
		candidates = new Set(preloadingAttemptSources.map(({ key }) => key.url));
	});
	await session.send('Preload.enable');
	const timings: ClickTiming[] = [];
	await tab.goto(`${origin}${pages[0]!.path}`, { waitUntil: 'networkidle' });
	for (const [index, page] of pages.entries()) {
		if (index === 0) continue;
		const url = `${origin}${page.path}`;
		const link = tab.locator(`a[href="${page.path}"]:visible`).first();
		if ((await link.count()) === 0) {
			await tab.goto(url, { waitUntil: 'networkidle' });
			continue;
		}
		const settled = prefetchSettled(session, url);
		await link.hover();
		// Only a link the rules make a candidate is fetched ahead: for any other, nothing comes to wait for.
		const fetchedAhead = preloading && candidates.has(url) && (await settled) === 'Ready';
		await Promise.all([tab.waitForURL(url, { waitUntil: 'commit' }), link.click()]);
		timings.push({ from: pages[index - 1]!.path, to: page.path, ms: Math.round(await firstPaint(tab)), fetchedAhead });
		await tab.waitForLoadState('networkidle');
	}
	await tab.close();
	return timings;
}

/**
 * A browser whose reader has turned preloading off (Chrome's "Preload pages" setting), in a
 * profile of its own that `close` removes: the same clicks, nothing fetched ahead.
 */
async function launchWithoutPreloading(executablePath: string, args: string[]): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
	const profile = mkdtempSync(join(tmpdir(), 'bench-no-preloading-'));
	mkdirSync(join(profile, 'Default'));
	writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ net: { network_prediction_options: 2 } }));
	const context = await chromium.launchPersistentContext(profile, { executablePath, args });
	return {
		context,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

interface ClickRow {
	from: string;
	to: string;
	/** Median click to paint with preloading on, and off. */
	withMs: number;
	withoutMs: number;
	/** Whether every run with preloading on had the page fetched ahead before the click. */
	fetchedAhead: boolean;
}

/** Each link's median click to paint over the runs, with preloading on and off, and the medians of all links. */
export function summariseClicks(on: ClickTiming[][], off: ClickTiming[][]): { rows: ClickRow[]; withMs: number; withoutMs: number } {
	const links = (on[0] ?? []).map(({ from, to }) => ({ from, to }));
	const of = (runs: ClickTiming[][], link: { from: string; to: string }) =>
		runs.flat().filter((timing) => timing.from === link.from && timing.to === link.to);
	const rows = links.map((link) => ({
		...link,
		withMs: median(of(on, link).map((timing) => timing.ms)),
		withoutMs: median(of(off, link).map((timing) => timing.ms)),
		fetchedAhead: of(on, link).every((timing) => timing.fetchedAhead),
	}));
	return { rows, withMs: median(rows.map((row) => row.withMs)), withoutMs: median(rows.map((row) => row.withoutMs)) };
}

/** The journey's bytes, then click to paint over `runs` walks, each with preloading on and off. */
export async function benchJourney(browser: Browser, executablePath: string, origin: string, runs: number, log: (line: string) => void = console.log) {
	log('  journey: bytes on the wire');
	const bytes = summariseJourney(await walkJourney(browser, origin));
	const on: ClickTiming[][] = [];
	const off: ClickTiming[][] = [];
	for (let run = 1; run <= runs; run += 1) {
		log(`  journey: click to paint, run ${run}/${runs}`);
		const context = await browser.newContext();
		on.push(await clickToPaint(context, origin));
		await context.close();
		const without = await launchWithoutPreloading(executablePath, chromiumArgs);
		off.push(await clickToPaint(without.context, origin));
		await without.close();
	}
	return { bytes, clicks: summariseClicks(on, off) };
}
