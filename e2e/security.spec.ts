import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { expect, test } from '@playwright/test';
import { headersFor, serve } from '../tools/system/serve';
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

test('_headers forbids framing of every page, allows it for embeds, and caches hashed assets for a year', async () => {
	for (const path of sitemapPaths()) {
		const headers = await headersFor(path);
		expect(headers['content-security-policy'], path).toBe("frame-ancestors 'none'");
		expect(headers['x-frame-options'], path).toBe('DENY');
		expect(headers['x-content-type-options'], path).toBe('nosniff');
	}
	expect((await headersFor('/_astro/page.abc123.js'))['cache-control']).toBe('public, max-age=31536000, immutable');
	expect((await headersFor('/procedure/'))['cache-control']).toBeUndefined();
});

test.describe('framing, served with the real headers', () => {
	// A free port each time: the tests of this group may run in two workers, each with its own host.
	let hostPort = 0;
	let site: { origin: string; close: () => void };
	let host: Server;

	test.beforeAll(async () => {
		site = await serve('dist');
		host = createServer((_, response) => {
			response.writeHead(200, { 'content-type': 'text/html' });
			response.end(
				`<!doctype html><title>Clinic</title><iframe id="content" src="${site.origin}/procedure/"></iframe>` +
					`<iframe id="embed" src="${site.origin}/embed/faq/aftercare/"></iframe>`,
			);
		});
		await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
		hostPort = (host.address() as AddressInfo).port;
	});

	test.afterAll(() => {
		site.close();
		host.close();
	});

	test('another site cannot frame a content page', async ({ page }) => {
		await page.goto(`http://localhost:${hostPort}/`);
		// The browser shows its own error page in place of the refused document.
		await expect.poll(() => page.frames().map((frame) => frame.url())).toContain('chrome-error://chromewebdata/');
		await expect(page.frameLocator('#content').getByRole('heading', { name: /microneedling/i })).toHaveCount(0);
		const response = await page.request.get(`${site.origin}/procedure/`);
		expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
	});

	test('another site can frame an FAQ embed, for every topic', async ({ page }) => {
		await page.goto(`http://localhost:${hostPort}/`);
		await expect(page.frameLocator('#embed').locator('details summary').first()).toBeVisible();
		for (const path of ['/embed/faq/', '/embed/faq/aftercare/', '/embed/faq/safety/']) {
			const headers = await headersFor(path);
			expect(headers['content-security-policy'], path).toBe('frame-ancestors *');
			expect(headers['x-frame-options'], path).toBeUndefined();
		}
	});
});
