import { expect, test } from '@playwright/test';
import { localizePath } from '../src/i18n/routes';
import { ui } from '../src/i18n/ui';
import { sections } from '../src/site/sections';
import { builtSite, expectNoAxeViolations, sitemapPaths } from './fixtures/site';

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

/*
 * The preview server answers every missing address with /404.html, so the Spanish page is opened
 * at its file here; e2e/nginx.spec.ts and e2e/hosting.spec.ts check that each host sends it with
 * status 404 for a missing /es/ address.
 */
test.describe('in Spanish', () => {
	const t = ui('es');

	test('the Spanish 404 page is at /es/404.html, in Spanish, kept out of search engines, and links to the Spanish sections', async ({
		page,
	}) => {
		await page.goto('/es/404.html');
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.locator('h1')).toHaveText(t.notFound.title);
		await expect(page.getByRole('main')).toContainText(t.notFound.lead);
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
		const main = page.getByRole('main');
		await expect(main.getByRole('link', { name: t.notFound.homePage })).toHaveAttribute('href', '/es/');
		for (const section of sections) {
			await expect(main.getByRole('link', { name: t.sections[section.page], exact: true })).toHaveAttribute(
				'href',
				localizePath(section.path, 'es'),
			);
		}
		await main.getByRole('link', { name: t.sections.aftercare, exact: true }).click();
		await expect(page).toHaveURL('/es/cuidados-posteriores/');
	});

	test('every address on the Spanish 404 page is absolute, so it works at any depth it is sent for', async ({ page }) => {
		await page.goto('/es/404.html');
		const addresses = await page
			.locator('[href], [src], form[action]')
			.evaluateAll((nodes) =>
				nodes.map((node) => node.getAttribute('href') ?? node.getAttribute('src') ?? node.getAttribute('action') ?? ''),
			);
		expect(addresses.length).toBeGreaterThan(10);
		expect(addresses.filter((address) => !/^(\/|#|https?:)/.test(address))).toEqual([]);
	});

	test('the Spanish 404 page is accessible', async ({ page }) => {
		await page.goto('/es/404.html');
		await expectNoAxeViolations(page);
	});

	test('neither 404 page is in the sitemap, and no page is left at /es/404/', () => {
		const paths = sitemapPaths();
		expect(paths).toContain('/es/');
		expect(paths.filter((path) => /^(\/es)?\/404/.test(path))).toEqual([]);
		expect(builtSite().files.filter((file) => file.includes('404'))).toEqual(['/404.html', '/es/404.html']);
	});
});
