import { expect, test } from '@playwright/test';
import { serve } from '../tools/system/serve';
import { expectContentRefusedEmbedShown, startFramingSite } from './fixtures/framing';
import { sitemapPaths, watchCsp } from './fixtures/site';

// One test a page, so the suite's time grows with the site and a failure names its page.
for (const path of sitemapPaths()) {
	test(`${path} has a hashed Content-Security-Policy without unsafe-inline, and breaks none of it`, async ({ page }) => {
		const violations = await watchCsp(page);
		await page.goto(path);
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy).toMatch(/default-src 'self'/);
		expect(policy).toMatch(/script-src 'self'[^;]*'sha256-/);
		expect(policy).not.toContain('unsafe-inline');
		expect(await violations()).toEqual([]);
	});
}

test('search runs under the policy: Pagefind and its WebAssembly load without a violation', async ({ page }) => {
	const violations = await watchCsp(page);
	await page.goto('/search/?q=redness');
	await expect(page.locator('[data-search-list] li').first()).toBeVisible();
	expect(await violations()).toEqual([]);
});

test.describe('framing, served with the real headers', () => {
	let site: { origin: string; close: () => void };
	let framingSite: { url: string; close: () => void };

	test.beforeAll(async () => {
		site = await serve('dist');
		framingSite = await startFramingSite(site.origin);
	});

	test.afterAll(() => {
		site.close();
		framingSite.close();
	});

	test('another site cannot frame a content page, and can frame an FAQ embed', async ({ page }) => {
		await expectContentRefusedEmbedShown(page, framingSite.url);
		expect((await page.request.get(`${site.origin}/procedure/`)).headers()['content-security-policy']).toBe("frame-ancestors 'none'");
		const embed = (await page.request.get(`${site.origin}/embed/faq/aftercare/`)).headers();
		expect(embed['content-security-policy']).toBe('frame-ancestors *');
		expect(embed['x-frame-options']).toBeUndefined();
	});
});
