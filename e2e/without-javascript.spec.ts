import { expect, test } from '@playwright/test';
import { sitemapPaths } from './fixtures/site';

test.use({ javaScriptEnabled: false });

test('a content page reads fully with JavaScript off', async ({ page }) => {
	await page.goto('/aftercare/');
	await expect(page.locator('h1')).toBeVisible();
	const steps = page.locator('main li[id]');
	expect(await steps.count()).toBeGreaterThan(10);
	for (const step of await steps.all()) await expect(step).toBeVisible();
	await expect(page.getByText('Page last reviewed', { exact: true })).toBeVisible();
});

test('content pages ship no client JavaScript', async ({ page }) => {
	for (const path of sitemapPaths()) {
		await page.goto(path);
		await expect(page.locator('script:not([type="application/ld+json"])'), path).toHaveCount(0);
	}
});
