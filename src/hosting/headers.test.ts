import { describe, expect, it } from 'vitest';
import { parseHeaderRules, resolveHeaders } from './header-rules';
import { framingRules, headersFile, maxHeaderRules, ruleCount, servedPath } from './headers';

const refuse = "  Content-Security-Policy: frame-ancestors 'none'\n  X-Frame-Options: DENY\n";
const allow = '  Content-Security-Policy: frame-ancestors *\n';

/** The framing each host gives a path from these rules: the CSP and X-Frame-Options, and anything unsettled. */
function framing(rules: string, path: string) {
	const parsed = parseHeaderRules(rules).rules;
	return (['netlify', 'cloudflare'] as const).map((host) => {
		const { headers, unsettled } = resolveHeaders(parsed, path, host);
		return { csp: headers['content-security-policy'], xfo: headers['x-frame-options'], unsettled };
	});
}

describe('servedPath', () => {
	it('serves a folder’s index.html at the folder, other files as they are', () => {
		expect(servedPath('/index.html')).toBe('/');
		expect(servedPath('/faq/safety/index.html')).toBe('/faq/safety/');
		expect(servedPath('/404.html')).toBe('/404.html');
	});
});

describe('framingRules', () => {
	it('gives each folder of one policy one rule, and a folder that mixes them a rule for its own page and each part', () => {
		const pages = [
			'/',
			'/404.html',
			'/procedure/',
			'/faq/',
			'/faq/safety/',
			'/embed/faq/',
			'/embed/faq/safety/',
			'/es/',
			'/es/faq/',
			'/es/embed/faq/',
		];
		expect(framingRules(pages)).toBe(
			[
				`/\n${refuse}`,
				`/404.html\n${refuse}`,
				`/embed/*\n${allow}`,
				`/es/\n${refuse}`,
				`/es/embed/*\n${allow}`,
				`/es/faq/*\n${refuse}`,
				`/faq/*\n${refuse}`,
				`/procedure/*\n${refuse}`,
			].join(''),
		);
	});

	it('takes a folder part by part when its pattern would also match a path outside it, as Netlify reads `/x/*`', () => {
		// Netlify's parser lets `/embed/*` match `/embed.js`, and `/a/*` match `/about/`.
		expect(framingRules(['/embed/faq/', '/embed/faq/safety/'], ['/embed.js'])).toBe(`/embed/faq/*\n${allow}`);
		expect(framingRules(['/a/', '/a/x/', '/about/'])).toBe([`/a/\n${refuse}`, `/a/x/*\n${refuse}`, `/about/*\n${refuse}`].join(''));
	});

	it('writes as many rules for a site of 1,000 pages as for one page per folder, and frames each page once', () => {
		const folders = ['/faq/', '/glossary/', '/sources/', '/embed/faq/', '/es/faq/', '/es/glossary/', '/es/embed/faq/'];
		const small = ['/', '/es/', ...folders];
		const large = [...small];
		for (let index = 0; large.length < 1000; index += 1) large.push(`${folders[index % folders.length]}page-${index}/`);
		const rules = framingRules(large);
		expect(large).toHaveLength(1000);
		expect(ruleCount(rules)).toBe(ruleCount(framingRules(small)));
		for (const path of large) {
			const expected = path.includes('/embed/')
				? { csp: 'frame-ancestors *', xfo: undefined }
				: { csp: "frame-ancestors 'none'", xfo: 'DENY' };
			expect(framing(rules, path), path).toEqual([
				{ ...expected, unsettled: [] },
				{ ...expected, unsettled: [] },
			]);
		}
	});
});

describe('headersFile', () => {
	const handWritten = '/*\n  X-Content-Type-Options: nosniff\n';

	it('adds the framing rules of every HTML page but the redirect pages', () => {
		const files = ['/index.html', '/faq/index.html', '/a/x/index.html', '/_astro/site.css'];
		const text = headersFile(handWritten, files, (path) => path === '/a/x/');
		expect(text).toBe(
			`${handWritten}\n# Framing, by folder (written by the build, src/hosting/headers.ts).\n/\n${refuse}/faq/*\n${refuse}`,
		);
		expect(framing(text, '/a/x/')[1]).toEqual({ csp: undefined, xfo: undefined, unsettled: [] });
	});

	it('stops the build when Cloudflare Pages would ignore rules', () => {
		const files = Array.from({ length: maxHeaderRules }, (_, index) => `/section-${index}/index.html`);
		expect(() => headersFile(handWritten, files, () => false)).toThrow(/101 rules; Cloudflare Pages applies only the first 100/);
	});
});
