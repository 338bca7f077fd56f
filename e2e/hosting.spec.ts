/**
 * What Netlify and Cloudflare Pages do with the built `_headers` and `_redirects`, resolved for
 * every built URL as each host's documentation says (src/hosting/header-rules.ts, redirects.ts).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { englishPath } from '../src/i18n/routes';
import { parseAllHeaders } from 'netlify-headers-parser';
import { type Host, parseHeaderRules, resolveHeaders } from '../src/hosting/header-rules';
import { headersFile, maxHeaderRules, ruleCount } from '../src/hosting/headers';
import { notFoundPage } from '../src/hosting/not-found';
import { resolveRedirect } from '../src/hosting/redirects';
import { assetSamples, builtSite } from './fixtures/site';

const site = builtSite();
const headersText = readFileSync('dist/_headers', 'utf8');
const rules = parseHeaderRules(headersText).rules;
const hosts: Host[] = ['netlify', 'cloudflare'];

const siteWide = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};
const refuseFraming = { 'content-security-policy': "frame-ancestors 'none'", 'x-frame-options': 'DENY' };
const allowFraming = { 'content-security-policy': 'frame-ancestors *' };
const year = { 'cache-control': 'public, max-age=31536000, immutable' };
const hour = { 'cache-control': 'public, max-age=3600' };
const anyOrigin = { 'access-control-allow-origin': '*' };

/** The headers each host must give the asset samples, in their order. */
const [astro, pagefindIndex, pagefindFragment, pagefindEntry, client, ...rest] = assetSamples(site.files);
const intendedForAssets: [string, Record<string, string>][] = [
	[astro!, { ...siteWide, ...year }],
	[pagefindIndex!, { ...siteWide, ...year }],
	[pagefindFragment!, { ...siteWide, ...year }],
	[pagefindEntry!, siteWide],
	[client!, { ...siteWide, ...hour }],
	...rest.map((path): [string, Record<string, string>] => {
		if (path === '/embed.js') return [path, { ...siteWide, ...hour, 'cross-origin-resource-policy': 'cross-origin' }];
		if (englishPath(path).path === '/api/faq.json') return [path, { ...siteWide, ...anyOrigin }];
		if (path === '/favicon.svg') return [path, { ...siteWide, 'cache-control': 'public, max-age=86400' }];
		if (path.endsWith('/oembed.json')) return [path, { ...siteWide, ...allowFraming, ...anyOrigin }];
		return [path, siteWide];
	}),
	// An address outside the site's folders gets the 404 page with the site-wide headers only:
	// `_headers` cannot refuse framing there without also refusing it to the embeds.
	['/no-such-page/', siteWide],
	// Likewise inside /es/, which holds the Spanish embeds as well as pages.
	['/es/no-such-page/', siteWide],
];

test('_headers has at most 100 rules, and each host reads every line of it', async () => {
	expect(ruleCount(headersText)).toBeLessThanOrEqual(maxHeaderRules);
	expect(parseHeaderRules(headersText).problems).toEqual([]);
	const netlify = await parseAllHeaders({ headersFiles: ['dist/_headers'] as never[], netlifyConfigPath: undefined, minimal: false });
	expect(netlify.errors).toEqual([]);
	expect(netlify.headers).toHaveLength(rules.length);
	test.info().annotations.push({ type: 'rules', description: `${rules.length} rules for ${site.pages.length} pages` });
});

test('every page refuses framing, except the embeds, which allow it, the same on both hosts', () => {
	expect(site.pages.length).toBeGreaterThan(100);
	for (const path of site.pages) {
		const intended = { ...siteWide, ...(englishPath(path).path.startsWith('/embed/') ? allowFraming : refuseFraming) };
		for (const host of hosts) expect(resolveHeaders(rules, path, host), `${path} on ${host}`).toEqual({ headers: intended, unsettled: [] });
	}
});

test('scripts, the search index, the feed and oEmbed get their caching and cross-origin headers on both hosts', () => {
	for (const [path, intended] of intendedForAssets) {
		for (const host of hosts) expect(resolveHeaders(rules, path, host), `${path} on ${host}`).toEqual({ headers: intended, unsettled: [] });
	}
});

test('each glossary alias and aftercare short link is a 301 to its target, #step kept, on both hosts', () => {
	const redirects = readFileSync('dist/_redirects', 'utf8');
	// Cloudflare Pages reads at most 2,000 static redirect lines; each redirect takes two.
	expect(redirects.split('\n').filter((line) => line.trim() && !line.startsWith('#')).length).toBeLessThanOrEqual(2000);
	expect([...site.redirects.keys()]).toContain('/glossary/cit/');
	expect(site.redirects.get('/a/avoid-sun/')).toBe('/aftercare/#avoid-sun');
	expect(site.redirects.get('/es/a/avoid-sun/')).toBe('/es/cuidados-posteriores/#avoid-sun');
	for (const [from, to] of site.redirects) {
		// Astro's redirect page is a file at the path: Netlify would serve it over an unforced rule.
		for (const host of hosts)
			expect(resolveRedirect(redirects, from, host, true), `${from} on ${host}`).toEqual({ status: 301, location: to });
	}
	for (const path of site.pages) for (const host of hosts) expect(resolveRedirect(redirects, path, host, true), path).toBeUndefined();
});

test('a site of 1,000 pages in the same folders has as many _headers rules as this one', () => {
	const folders = ['/faq/', '/glossary/', '/sources/', '/embed/faq/', '/aftercare/'];
	const files = [...site.files];
	let pages = site.pages.length;
	for (let index = 0; pages < 1000; index += 1, pages += 1) files.push(`${folders[index % folders.length]}fixture-${index}/index.html`);
	const large = headersFile(readFileSync('public/_headers', 'utf8'), files, (path) => site.redirects.has(path));
	expect(pages).toBe(1000);
	expect(ruleCount(large)).toBe(ruleCount(headersText));
});

test('a missing address gets its edition’s 404 page on both hosts: the Spanish one anywhere under /es/', () => {
	const redirects = readFileSync('dist/_redirects', 'utf8');
	const missing = {
		'/no-such-page/': '/404.html',
		'/faq/no-such-topic/': '/404.html',
		'/es/no-such-page/': '/es/404.html',
		'/es/preguntas/no-such-topic/': '/es/404.html',
		'/es/a/no-such-step/': '/es/404.html',
		'/es/404/': '/es/404.html',
	};
	for (const [path, notFound] of Object.entries(missing)) {
		expect(
			site.files.some((file) => file === path || file === `${path}index.html`),
			path,
		).toBe(false);
		for (const host of hosts) expect(notFoundPage(redirects, path, host, site.files), `${path} on ${host}`).toBe(notFound);
	}
	expect(readFileSync('dist/es/404.html', 'utf8')).toContain('<html lang="es"');
});
