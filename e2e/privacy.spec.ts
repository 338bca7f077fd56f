import { expect, type Page, test } from '@playwright/test';
import { expectSearchSettled, moreButton, openSearch, resultLinks } from './fixtures/search';
import { sitemapPaths } from './fixtures/site';

/**
 * Privacy: a reader's visit stays between them and this site. No page asks any other origin
 * for anything (no fonts, analytics, embeds or hints to connect early), and nothing is kept in
 * the browser: no cookies, no local or session storage, no IndexedDB, no caches, no service
 * worker. No feature needs storage today; one that does must be documented and this test changed.
 */

// The site's CSP would block a request to another origin before the browser reports it, so it
// is lifted here: this test proves the pages never try, not only that the CSP stops them.
test.use({ bypassCSP: true });

/** Every page a reader can land on, and the tools left out of the sitemap. */
const paths = [...new Set([...sitemapPaths(), '/search/?q=redness', '/embed/faq/', '/for-clinics/', '/aftercare/print/'])];

/** Records every request the browser makes to an origin other than the site's own. */
function foreignRequests(page: Page, origin: string): string[] {
	const foreign: string[] = [];
	page.context().on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return;
		if (url.origin !== origin) foreign.push(request.url());
	});
	return foreign;
}

/** Loads a page and what it loads later: lazy frames below the fold, Pagefind's files. */
async function visit(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await page.waitForLoadState('networkidle');
}

/** Resource hints make connections without a request event, so they are checked in the markup. */
async function foreignHints(page: Page, origin: string): Promise<string[]> {
	const hrefs = await page
		.locator('link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="prefetch"], link[rel~="preload"], link[rel~="modulepreload"]')
		.evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
	return hrefs.filter((href) => new URL(href).origin !== origin);
}

/** What the browser keeps for the site after a visit: all of it must be empty. */
async function storedData(page: Page) {
	const cookies = (await page.context().cookies()).map((cookie) => `${cookie.domain} ${cookie.name}`);
	const storage = await page.evaluate(async () => ({
		localStorage: Object.keys(localStorage),
		sessionStorage: Object.keys(sessionStorage),
		indexedDB: (await indexedDB.databases()).map((database) => database.name ?? ''),
		caches: 'caches' in window ? await caches.keys() : [],
		serviceWorkers:
			'serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.scope) : [],
	}));
	return { cookies, ...storage };
}

const nothingStored = { cookies: [], localStorage: [], sessionStorage: [], indexedDB: [], caches: [], serviceWorkers: [] };

for (const path of paths) {
	test(`${path} asks no other origin for anything and stores nothing`, async ({ page, baseURL }) => {
		const origin = new URL(baseURL!).origin;
		const foreign = foreignRequests(page, origin);
		await visit(page, path);
		expect(foreign, 'requests to other origins').toEqual([]);
		expect(await foreignHints(page, origin), 'resource hints to other origins').toEqual([]);
		expect(await storedData(page)).toEqual(nothingStored);
	});
}

test('searching, typing a new query and listing more results stores nothing and stays on the site', async ({ page, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const foreign = foreignRequests(page, origin);
	await openSearch(page, 'redness');
	await expect(resultLinks(page).first()).toBeVisible();
	const box = page.getByRole('searchbox', { name: 'Search the guide' });
	await box.fill('skin');
	await expectSearchSettled(page, 'skin');
	await moreButton(page).click();
	await expect(resultLinks(page)).toHaveCount(10);
	await page.waitForLoadState('networkidle');
	expect(foreign, 'requests to other origins').toEqual([]);
	expect(await storedData(page)).toEqual(nothingStored);
	// A result opens its page; the visit there stores nothing either.
	await resultLinks(page).first().click();
	await page.waitForLoadState('networkidle');
	expect(foreign, 'requests to other origins').toEqual([]);
	expect(await storedData(page)).toEqual(nothingStored);
});
