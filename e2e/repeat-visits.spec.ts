/**
 * Repeat visits. A reader's journey, seven pages in one browser with its cache on, from `dist/`
 * served as a host serves it (its real `_headers` and gzip), stays within its budget: the
 * site-wide stylesheet comes once and then from the cache. The same journey is
 * `npm run bench`'s (tools/bench/journey.ts). And a link the reader is about to open is
 * fetched ahead by the page's speculation rules, which its Content-Security-Policy allows.
 */
import { expect, type Page, test } from '@playwright/test';
import { journeyBudget, prefetchSettled, summariseJourney, walkJourney } from '../tools/bench/journey';
import { serve } from '../tools/system/serve';
import { collectErrors, watchCsp } from './fixtures/site';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test.describe('a reader’s journey, served with the real headers and gzip', () => {
	let server: Awaited<ReturnType<typeof serve>>;
	test.beforeAll(async () => {
		server = await serve('dist');
	});
	test.afterAll(() => server.close());

	test(`the first page is at most ${kb(journeyBudget.firstBytes)} on the wire, the next ones ${kb(journeyBudget.nextMeanBytes)} on average, and no stylesheet comes twice`, async ({
		browser,
	}) => {
		const journey = summariseJourney(await walkJourney(browser, server.origin));
		const list = journey.visits.map((visit) => `${visit.path} ${kb(visit.bytes)}`).join(', ');
		expect(journey.firstBytes, list).toBeLessThanOrEqual(journeyBudget.firstBytes);
		expect(journey.nextMeanBytes, list).toBeLessThanOrEqual(journeyBudget.nextMeanBytes);
		const stylesheets = journey.visits.flatMap((visit) => visit.transfers).filter((transfer) => transfer.path.endsWith('.css'));
		expect(stylesheets.length, 'the pages link a stylesheet file').toBeGreaterThan(0);
		const downloaded = stylesheets.filter((transfer) => transfer.bytes > 0).map((transfer) => transfer.path);
		expect(downloaded, 'each stylesheet is downloaded once, then taken from the cache').toEqual([...new Set(downloaded)]);
		test.info().annotations.push({
			type: 'journey',
			description: `first ${kb(journey.firstBytes)}, next ${kb(journey.nextMeanBytes)} on average (their text alone ${kb(journey.nextMeanTextBytes)}): ${list}`,
		});
	});
});

/** Watches the page's speculation rules from before it loads: the rule sets the browser read, and the addresses they make candidates. */
async function watchSpeculation(page: Page) {
	const session = await page.context().newCDPSession(page);
	const ruleSets: { sourceText: string; errorType?: string; errorMessage?: string }[] = [];
	let candidates: string[] = [];
	session.on('Preload.ruleSetUpdated', ({ ruleSet }) => ruleSets.push(ruleSet));
	session.on('Preload.preloadingAttemptSourcesUpdated', ({ preloadingAttemptSources }) => {
		candidates = preloadingAttemptSources.map(({ key }) => new URL(key.url).pathname + new URL(key.url).search);
	});
	await session.send('Preload.enable');
	return { session, ruleSets, candidates: () => candidates };
}

test('the speculation rules are valid JSON the browser reads, and the page’s policy allows them', async ({ page }) => {
	const errors = collectErrors(page);
	const violations = await watchCsp(page);
	const { ruleSets } = await watchSpeculation(page);
	await page.goto('/side-effects/', { waitUntil: 'load' });
	expect(await page.evaluate(() => HTMLScriptElement.supports('speculationrules'))).toBe(true);
	await expect.poll(() => ruleSets.length).toBe(1);
	expect(ruleSets[0]).not.toHaveProperty('errorType');
	expect(JSON.parse(ruleSets[0]!.sourceText)).toHaveProperty('prefetch');
	expect(await violations()).toEqual([]);
	expect(errors).toEqual([]);
});

test('links to other pages are candidates; a file and the page itself are not', async ({ page }) => {
	const { candidates } = await watchSpeculation(page);
	await page.goto('/side-effects/', { waitUntil: 'load' });
	await expect.poll(candidates).toEqual(expect.arrayContaining(['/procedure/', '/aftercare/', '/glossary/', '/faq/']));
	// The page links the sitemap, itself from the header, and its own main content (the skip link).
	for (const href of ['/sitemap-index.xml', '/side-effects/', '#main'])
		expect(await page.locator(`a[href="${href}"]`).count(), href).toBeGreaterThan(0);
	expect(candidates().filter((path) => path.startsWith('/side-effects/') || path.endsWith('.xml'))).toEqual([]);
});

test('resting the pointer on a link fetches its page ahead, and the click opens the fetched page', async ({ page }) => {
	const { session } = await watchSpeculation(page);
	await page.goto('/side-effects/', { waitUntil: 'load' });
	const link = page.locator('header a[href="/procedure/"]');
	const settled = prefetchSettled(session, new URL('/procedure/', page.url()).href);
	await link.hover();
	expect(await settled).toBe('Ready');
	await Promise.all([page.waitForURL('**/procedure/'), link.click()]);
	const delivery = await page.evaluate(
		() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & { deliveryType: string }).deliveryType,
	);
	expect(delivery).toBe('navigational-prefetch');
});
