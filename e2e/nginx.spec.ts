/**
 * Debian's nginx serving dist/ with deploy/nginx.conf, over real HTTP: the same headers as
 * _headers gives on Netlify and Cloudflare Pages, compression, caching, framing, the redirects
 * and the 404 page. Without nginx this fails with the fix; `npm test` installs it first.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseHeaderRules, resolveHeaders } from '../src/hosting/header-rules';
import { findNginx, nginxMissing, nginxPort, startNginx } from '../tools/system/nginx';
import { expectContentRefusedEmbedShown, startFramingSite } from './fixtures/framing';
import { assetSamples, builtSite } from './fixtures/site';

// One nginx on one port: the tests share it, in one worker.
test.describe.configure({ mode: 'serial' });

const site = builtSite();
const rules = parseHeaderRules(readFileSync('dist/_headers', 'utf8')).rules;

/** The headers _headers and deploy/nginx.conf both set. */
const managed = [
	'content-security-policy',
	'x-frame-options',
	'x-content-type-options',
	'referrer-policy',
	'permissions-policy',
	'cache-control',
	'access-control-allow-origin',
	'cross-origin-resource-policy',
];
/** What Netlify and Cloudflare Pages send when _headers sets no Cache-Control, and nginx sends then too. */
const hostCacheDefault = 'public, max-age=0, must-revalidate';

let server: { origin: string; stop: () => Promise<void> } | undefined;

test.beforeAll(async () => {
	const nginx = findNginx();
	if (!nginx) throw new Error(nginxMissing);
	server = await startNginx({ nginx, root: 'dist', port: await nginxPort() });
});

test.afterAll(async () => {
	await server?.stop();
});

const origin = () => server!.origin;

test('every page and asset gets the headers that _headers gives it', async ({ request }) => {
	for (const path of [...site.pages, ...assetSamples(site.files)]) {
		const response = await request.get(`${origin()}${path}`, { maxRedirects: 0 });
		const sent = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => managed.includes(name)));
		const expected: Record<string, string> = { 'cache-control': hostCacheDefault, ...resolveHeaders(rules, path, 'cloudflare').headers };
		// nginx refuses framing of anything outside /embed/; _headers names only pages, which is all a browser frames.
		if (!response.headers()['content-type']?.startsWith('text/html') && !expected['content-security-policy']) {
			delete sent['content-security-policy'];
			delete sent['x-frame-options'];
		}
		expect(sent, path).toEqual(expected);
	}
});

test('text is gzipped for a client that accepts it; Pagefind’s compressed index is sent as it is', async ({ request }) => {
	const page = await request.get(`${origin()}/procedure/`, { headers: { 'accept-encoding': 'gzip' } });
	expect(page.headers()).toMatchObject({ 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
	expect(await page.text()).toContain('<h1');
	const css = await request.get(`${origin()}${site.files.find((path) => path.endsWith('.css'))}`, {
		headers: { 'accept-encoding': 'gzip' },
	});
	expect(css.headers()['content-encoding']).toBe('gzip');
	const index = await request.get(`${origin()}${site.files.find((path) => path.startsWith('/pagefind/index/'))}`, {
		headers: { 'accept-encoding': 'gzip' },
	});
	expect(index.headers()['content-encoding']).toBeUndefined();
	expect(index.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('another site cannot frame a content page, and can frame an FAQ embed', async ({ page }) => {
	const framingSite = await startFramingSite(origin());
	try {
		await expectContentRefusedEmbedShown(page, framingSite.url);
	} finally {
		framingSite.close();
	}
});

test('each short link and glossary alias is a 301 to its target, #step kept', async ({ request }) => {
	expect(site.redirects.get('/a/avoid-sun/')).toBe('/aftercare/#avoid-sun');
	expect(site.redirects.get('/glossary/cit/')).toBe('/glossary/microneedling/');
	expect(site.redirects.get('/es/a/avoid-sun/')).toBe('/es/cuidados-posteriores/#avoid-sun');
	for (const [from, to] of site.redirects) {
		const response = await request.get(`${origin()}${from}`, { maxRedirects: 0 });
		expect(response.status(), from).toBe(301);
		expect(response.headers().location, from).toBe(to);
	}
});

test('an unknown address, and each host file in dist/, gets the 404 page with status 404, framing refused', async ({ request }) => {
	for (const path of ['/no-such-page/', '/embed/faq/no-such-topic/', '/_headers', '/_redirects', '/_nginx-redirects.conf']) {
		const response = await request.get(`${origin()}${path}`);
		expect(response.status(), path).toBe(404);
		expect(await response.text(), path).toContain(readFileSync('dist/404.html', 'utf8').match(/<title>[^<]+<\/title>/)![0]);
		expect(response.headers()['x-frame-options'], path).toBe('DENY');
	}
});

test('a missing Spanish address, at any depth, gets the Spanish 404 page with status 404, framing refused', async ({ request }) => {
	const spanishTitle = readFileSync('dist/es/404.html', 'utf8').match(/<title>[^<]+<\/title>/)![0];
	const englishTitle = readFileSync('dist/404.html', 'utf8').match(/<title>[^<]+<\/title>/)![0];
	expect(spanishTitle).not.toBe(englishTitle);
	for (const path of ['/es/no-such-page/', '/es/preguntas/no-such-topic/', '/es/a/no-such-step/', '/es/404/', '/es/x']) {
		const response = await request.get(`${origin()}${path}`);
		expect(response.status(), path).toBe(404);
		const text = await response.text();
		expect(text, path).toContain(spanishTitle);
		expect(text, path).toContain('<html lang="es"');
		expect(response.headers()['x-frame-options'], path).toBe('DENY');
	}
	// The Spanish pages themselves are still served as they are.
	const found = await request.get(`${origin()}/es/cuidados-posteriores/`);
	expect(found.status()).toBe(200);
	expect(await found.text()).not.toContain(spanishTitle);
});
