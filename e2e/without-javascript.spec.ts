import { expect, type Page, test } from '@playwright/test';
import { englishPath, localizePath } from '../src/i18n/routes';
import { sections } from '../src/site/sections';
import { budget } from '../tools/bench/weights';
import { sitemapPaths, timeForPages } from './fixtures/site';

test.use({ javaScriptEnabled: false });

const searchPath = '/search/';
/** Pages that are tools, each with its own module: the search page and the embed maker. */
const toolPaths = [searchPath, '/for-clinics/'];
// A page is a tool, or has a script of its own, in every language: its English address says which.
const contentPaths = sitemapPaths().filter((path) => !toolPaths.includes(englishPath(path).path));
/** Content pages with a small inline script of their own after the site script, by its `data-page-script` name. */
const pageScripts: Record<string, string> = { '/aftercare/print/': 'clinic-sheet' };

/** Every script element on the page but the JSON no script runs (JSON-LD, speculation rules), described by what it is. */
async function scriptsOn(page: Page) {
	return page.locator('script:not([type="application/ld+json"], [type="speculationrules"])').evaluateAll((scripts) =>
		scripts.map((script) => ({
			type: script.getAttribute('type') ?? '',
			id: script.id,
			page: script.getAttribute('data-page-script') ?? '',
			src: script.getAttribute('src') ?? '',
			text: script.textContent ?? '',
		})),
	);
}

test('a content page reads fully with JavaScript off', async ({ page }) => {
	await page.goto('/aftercare/');
	await expect(page.locator('h1')).toBeVisible();
	const steps = page.locator('main li[id]');
	expect(await steps.count()).toBeGreaterThan(10);
	for (const step of await steps.all()) await expect(step).toBeVisible();
	await expect(page.getByText('Page last reviewed', { exact: true })).toBeVisible();
});

/** Checks the site script every content page has: inline, small, and never Pagefind. */
function expectSiteScript(script: Awaited<ReturnType<typeof scriptsOn>>[number] | undefined, path: string): void {
	expect(script?.src, path).toBe('');
	expect(script?.text, path).toContain('data-search-input');
	expect(script?.text, path).not.toContain('pagefind');
	expect(new TextEncoder().encode(script?.text).length, path).toBeLessThanOrEqual(budget.inlineScriptBytes);
}

test('content pages, aftercare sheets included, ship only small inline scripts: the site script, which never loads Pagefind, and a page\u2019s own', async ({
	page,
}) => {
	test.setTimeout(timeForPages(contentPaths.length, 2_000, 30_000));
	expect(contentPaths).toEqual(expect.arrayContaining(['/aftercare/', '/aftercare/print/', '/aftercare/before-appointment/']));
	for (const path of contentPaths) {
		await page.goto(path);
		const scripts = await scriptsOn(page);
		const own = pageScripts[englishPath(path).path];
		expect(
			scripts.map((script) => script.type),
			path,
		).toEqual(own ? ['module', ''] : ['module']);
		expectSiteScript(scripts[0], path);
		if (own) {
			// The page's own script: inline, as small as the site script, importing nothing.
			const script = scripts[1]!;
			expect(script.page, path).toBe(own);
			expect(script.src, path).toBe('');
			expect(script.text, path).not.toMatch(/\bimport\b/);
			expect(new TextEncoder().encode(script.text).length, path).toBeLessThanOrEqual(budget.inlineScriptBytes);
		}
	}
});

for (const { lang, abbreviation, allSections } of [
	{ lang: 'en', abbreviation: 'CIT', allSections: 'All sections' },
	{ lang: 'es', abbreviation: 'TIC', allSections: 'Todas las secciones' },
] as const) {
	test(`the ${lang} search page adds its own module, and the glossary terms and its words as JSON, and nothing else`, async ({ page }) => {
		const path = localizePath(searchPath, lang);
		await page.goto(path);
		const scripts = await scriptsOn(page);
		expect(scripts).toHaveLength(4);
		expect(scripts.filter((script) => script.type === 'module' && !script.src && script.text.includes('data-search-input'))).toHaveLength(
			1,
		);
		expect(scripts.filter((script) => script.type === 'module' && /^\/_astro\/SearchPage\.[^/]+\.js$/.test(script.src))).toHaveLength(1);
		const json = scripts.filter((script) => script.type === 'application/json');
		expect(json.map((script) => script.id)).toEqual(['search-terms', 'search-setup']);
		expect(JSON.parse(json[0]?.text ?? '[]')).toContainEqual(expect.objectContaining({ id: 'microneedling', abbreviation }));
		expect(JSON.parse(json[1]?.text ?? '{}')).toMatchObject({ searchPath: path, text: { allSections } });
	});
}

test('the header search submits to the search page', async ({ page }) => {
	await page.goto('/benefits/');
	const box = page.getByRole('search').getByRole('searchbox', { name: 'Search the guide' });
	await box.fill('redness');
	await box.press('Enter');
	await expect(page).toHaveURL('/search/?q=redness');
	await expect(page.locator('h1')).toHaveText('Search');
});

test('the search page says search needs JavaScript and offers the topic index', async ({ page }) => {
	await page.goto(`${searchPath}?q=redness`);
	// Inside <noscript>, which Playwright's text selectors skip, so it is found by its attribute.
	await expect(page.locator('[data-search-no-script]')).toBeVisible();
	await expect(page.locator('[data-search-no-script]')).toContainText('Search needs JavaScript');
	await expect(page.locator('[data-search-results]')).toBeHidden();
	const topics = page.getByRole('region', { name: 'Browse by topic' });
	for (const section of sections) {
		const label = section.page === 'glossary' ? 'Glossary A–Z' : section.label;
		await expect(topics.getByRole('link', { name: label, exact: true })).toHaveAttribute('href', section.path);
	}
});
