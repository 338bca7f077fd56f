import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, sitemapPaths } from './fixtures/site';

const paths = sitemapPaths();

test('the sitemap lists the home page, every section and every glossary term', () => {
	for (const path of [
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
	]) {
		expect(paths).toContain(path);
	}
	expect(paths).not.toContain('/404/');
});

for (const path of paths) {
	test(`${path} answers 200 with one h1, title, description, canonical and no errors or axe violations`, async ({ page }) => {
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
		await expect(page.locator('nav[aria-label="Main"]')).toBeVisible();
		await expect(page.getByText('Page last reviewed', { exact: true })).toBeVisible();
		await expect(page.getByText('Next review due', { exact: true })).toBeVisible();
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
	});
}
