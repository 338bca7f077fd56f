import { expect, test } from '@playwright/test';
import { type Lang, languages } from '../src/i18n/languages';
import { englishPath, localizePath } from '../src/i18n/routes';
import { ui } from '../src/i18n/ui';
import { collectErrors, expectNoAxeViolations, sitemapPaths } from './fixtures/site';

const paths = sitemapPaths();
const langs = Object.keys(languages) as Lang[];

test('the sitemap lists the home page, every section and every glossary term, in every language', () => {
	const english = [
		'/',
		'/procedure/',
		'/benefits/',
		'/side-effects/',
		'/suitability/',
		'/options/',
		'/aftercare/',
		'/faq/',
		'/faq/basics/',
		'/glossary/',
		'/glossary/microneedling/',
		'/sources/',
		'/about/',
	];
	for (const lang of langs) {
		for (const path of english) expect(paths).toContain(localizePath(path, lang));
		expect(paths).not.toContain(localizePath('/404/', lang));
	}
});

for (const path of paths) {
	test(`${path} answers 200 with one h1, title, description, canonical, its languages and no errors or axe violations`, async ({
		page,
	}) => {
		const { lang } = englishPath(path);
		const text = ui(lang);
		const errors = collectErrors(page);
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toHaveCount(1);
		expect((await page.title()).trim().length).toBeGreaterThan(0);
		const description = await page.locator('meta[name="description"]').getAttribute('content');
		expect(description?.length ?? 0).toBeGreaterThanOrEqual(50);
		expect(description?.length ?? 0).toBeLessThanOrEqual(160);
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(new URL(canonical ?? '').pathname).toBe(path);
		await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		// The page names itself in every language, and links to the others without redirecting.
		const alternates = await page
			.locator('link[rel="alternate"][hreflang]')
			.evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname]));
		const english = englishPath(path).path;
		expect(alternates).toEqual([...langs.map((other) => [other, localizePath(english, other)]), ['x-default', english]]);
		for (const other of langs.filter((other) => other !== lang)) {
			await expect(page.locator(`header a[hreflang="${other}"][lang="${other}"]`)).toHaveAttribute('href', localizePath(english, other));
		}
		await expect(page.locator(`nav[aria-label="${text.layout.mainNav}"]`)).toBeVisible();
		await expect(page.getByText(text.layout.lastReviewed, { exact: true })).toBeVisible();
		await expect(page.getByText(text.layout.nextReview, { exact: true })).toBeVisible();
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
	});
}
