/**
 * Page weight per page type: the HTML, CSS and JS a first visit fetches (a cold browser
 * context; the request log of the page load), raw and gzipped, against the budget for
 * content pages (≤ 25 KB gzipped in all, aim 17 KB), and whether any JS loads before interaction.
 */
import type { Browser } from 'playwright-core';

interface PageType {
	name: string;
	path: string;
	/** Content pages are held to the budget and should load no JS before interaction. */
	content: boolean;
}

export const pageTypes: PageType[] = [
	{ name: 'home', path: '/', content: true },
	{ name: 'section', path: '/side-effects/', content: true },
	{ name: 'FAQ index', path: '/faq/', content: true },
	{ name: 'FAQ topic', path: '/faq/safety/', content: true },
	{ name: 'glossary term', path: '/glossary/microneedling/', content: true },
	{ name: 'aftercare', path: '/aftercare/', content: true },
	// A widget in a clinic's page, not a page of ours: its script applies the clinic's branding
	// and reports its height to the frame, so it runs on arrival.
	{ name: 'embed', path: '/embed/faq/aftercare/', content: false },
	{ name: 'search (before searching)', path: '/search/', content: false },
];

/**
 * The budgets for a first visit to a content page: everything fetched at most 25 KB
 * gzipped (aim 17 KB), and no JavaScript before the reader uses a tool, but for the inline site
 * script (src/client/site.ts: the keyboard shortcuts WCAG 1.4.13 needs, focus on the part a link
 * opens at, and the loader of the tools), held to 1.75 KB. `npm test` asserts them (e2e/page-weight.spec.ts).
 */
export const budget = { gzipBytes: 25 * 1024, aimBytes: 17 * 1024, inlineScriptBytes: 1792 };

type Kind = 'html' | 'css' | 'js' | 'other';

interface Fetched {
	path: string;
	kind: Kind;
	/** Decoded body bytes. */
	raw: number;
	/** Body bytes on the wire (gzipped where the server compressed). */
	gzip: number;
}

interface Weight {
	name: string;
	path: string;
	content: boolean;
	raw: Record<Kind, number>;
	gzip: Record<Kind, number>;
	/** HTML + CSS + JS, gzipped: what the budget counts. */
	totalGzip: number;
	totalRaw: number;
	scripts: string[];
	/** Content pages only: within 25 KB gzipped and no JS before interaction. Null for other pages. */
	pass: boolean | null;
	files: Fetched[];
}

/** The kind of a fetched file from Playwright's resource type, falling back to its extension. */
export function kindOf(resourceType: string, path: string): Kind {
	if (resourceType === 'document' || path.endsWith('.html') || path.endsWith('/')) return 'html';
	if (resourceType === 'stylesheet' || path.endsWith('.css')) return 'css';
	if (resourceType === 'script' || /\.m?js$/.test(path)) return 'js';
	return 'other';
}

/** Adds up one page's files by kind and judges it against the budget. */
export function summariseWeight(page: PageType, files: Fetched[]): Weight {
	const zero = (): Record<Kind, number> => ({ html: 0, css: 0, js: 0, other: 0 });
	const raw = zero();
	const gzip = zero();
	for (const file of files) {
		raw[file.kind] += file.raw;
		gzip[file.kind] += file.gzip;
	}
	const totalGzip = gzip.html + gzip.css + gzip.js;
	const totalRaw = raw.html + raw.css + raw.js;
	const scripts = files.filter((file) => file.kind === 'js').map((file) => file.path);
	const pass = page.content ? totalGzip <= budget.gzipBytes && scripts.length === 0 : null;
	return { ...page, raw, gzip, totalGzip, totalRaw, scripts, pass, files };
}

/**
 * What a first visit to `url` fetches from `origin` (a new browser context, so a cold cache),
 * until the network is quiet: each file's kind and its bytes decoded and as sent.
 */
export async function firstVisit(browser: Browser, url: string, origin: string): Promise<Fetched[]> {
	const context = await browser.newContext();
	const tab = await context.newPage();
	const pending: Promise<Fetched | undefined>[] = [];
	let closing = false;
	context.on('requestfinished', (request) => {
		pending.push(
			(async () => {
				const response = await request.response();
				if (!response) return undefined;
				const requested = new URL(request.url());
				if (requested.origin !== origin) return undefined;
				const sizes = await request.sizes();
				const body = await response.body().catch(() => Buffer.alloc(0));
				return { path: requested.pathname, kind: kindOf(request.resourceType(), requested.pathname), raw: body.length, gzip: sizes.responseBodySize };
			})().catch((error: unknown) => {
				// Only a request still being read as the context closes may fail; any other error counts.
				if (closing) return undefined;
				throw error;
			}),
		);
	});
	await tab.goto(url, { waitUntil: 'networkidle' });
	// A request can finish while the earlier ones are read: wait until no new one has come.
	let read = -1;
	while (read < pending.length) {
		read = pending.length;
		await Promise.all(pending);
	}
	const files = (await Promise.all(pending)).filter((file): file is Fetched => Boolean(file));
	closing = true;
	await context.close();
	return files;
}

/** Each page type's first visit, added up and judged against the budget. */
export async function benchWeights(browser: Browser, origin: string, log: (line: string) => void = console.log): Promise<Weight[]> {
	const results: Weight[] = [];
	for (const page of pageTypes) {
		log(`  weights: ${page.path}`);
		results.push(summariseWeight(page, await firstVisit(browser, `${origin}${page.path}`, origin)));
	}
	return results;
}
