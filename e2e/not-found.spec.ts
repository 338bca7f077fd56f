import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/site';

test('an unknown URL answers 404 with a helpful page that is kept out of search engines', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await page.getByRole('main').getByRole('link', { name: 'Aftercare' }).click();
	await expect(page).toHaveURL('/aftercare/');
});

test('the 404 page is accessible', async ({ page }) => {
	await page.goto('/no-such-page/');
	await expectNoAxeViolations(page);
});
