import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllHeaders } from 'netlify-headers-parser';
import { describe, expect, it } from 'vitest';
import { type Host, parseHeaderRules, patternMatches, resolveHeaders } from './header-rules';

const resolve = (text: string, path: string, host: Host) => resolveHeaders(parseHeaderRules(text).rules, path, host);

describe('parseHeaderRules', () => {
	it('reads rules, joins a name repeated within a rule, and names each line neither host accepts', () => {
		const { rules, problems } = parseHeaderRules(
			[
				'# a comment',
				'X-Early: 1',
				'/a',
				'  Cache-Control: no-cache',
				'  cache-control: no-store',
				'  Broken',
				'/b',
				'  ! X-Gone',
				'/c',
				'',
			].join('\n'),
		);
		expect(rules).toEqual([
			{ pattern: '/a', values: { 'cache-control': 'no-cache, no-store' }, detach: [], line: 3 },
			{ pattern: '/b', values: {}, detach: ['x-gone'], line: 7 },
			{ pattern: '/c', values: {}, detach: [], line: 9 },
		]);
		expect(problems).toEqual([
			'line 2: "X-Early: 1" comes before any path',
			'line 6: "Broken" is not "Name: value"',
			'line 9: /c sets no header',
		]);
	});
});

describe('Cloudflare Pages, as its documentation says', () => {
	// The example of "Attach a header", with its absolute-URL rule written as a path.
	const example = [
		'/secure/page',
		'  X-Frame-Options: DENY',
		'  X-Content-Type-Options: nosniff',
		'/static/*',
		'  Access-Control-Allow-Origin: *',
		'  X-Robots-Tag: nosnippet',
		'/*',
		'  X-Robots-Tag: noindex',
	].join('\n');

	it('applies every matching rule and joins a header set twice with a comma', () => {
		expect(resolve(example, '/secure/page', 'cloudflare').headers).toEqual({
			'x-frame-options': 'DENY',
			'x-content-type-options': 'nosniff',
			'x-robots-tag': 'noindex',
		});
		expect(resolve(example, '/static/styles.css', 'cloudflare').headers).toEqual({
			'access-control-allow-origin': '*',
			'x-robots-tag': 'nosnippet, noindex',
		});
	});

	it('detaches a header that a more pervasive rule set', () => {
		const detach = ['/*', "  Content-Security-Policy: default-src 'self';", '/*.jpg', '  ! Content-Security-Policy'].join('\n');
		expect(resolve(detach, '/photo.jpg', 'cloudflare')).toEqual({ headers: {}, unsettled: [] });
		expect(resolve(detach, '/page/', 'cloudflare').headers).toEqual({ 'content-security-policy': "default-src 'self';" });
	});

	it('matches a splat greedily and a placeholder up to the next slash, against the whole path', () => {
		expect(patternMatches('/static/*', '/static/', 'cloudflare')).toBe(true);
		expect(patternMatches('/static/*', '/static/a/b.css', 'cloudflare')).toBe(true);
		expect(patternMatches('/static/*', '/static', 'cloudflare')).toBe(false);
		expect(patternMatches('/static/*', '/statics/', 'cloudflare')).toBe(false);
		expect(patternMatches('/movies/:title', '/movies/up', 'cloudflare')).toBe(true);
		expect(patternMatches('/movies/:title', '/movies/up/cast', 'cloudflare')).toBe(false);
		expect(patternMatches('/a-b.c', '/a-bxc', 'cloudflare')).toBe(false);
	});
});

describe('Netlify, as its documentation and its own parser say', () => {
	it('applies the headers of a path and joins a multi-value header listed on separate lines', () => {
		const example = [
			'/templates/index.html',
			'  X-Frame-Options: DENY',
			'/*',
			'  cache-control: max-age=0',
			'  cache-control: no-cache',
		].join('\n');
		expect(resolve(example, '/templates/index.html', 'netlify')).toEqual({
			headers: { 'x-frame-options': 'DENY', 'cache-control': 'max-age=0, no-cache' },
			unsettled: [],
		});
	});

	it('lets a standalone * take the slash before it, and ignores case', () => {
		expect(patternMatches('/a/*', '/a', 'netlify')).toBe(true);
		expect(patternMatches('/a/*', '/about/', 'netlify')).toBe(true);
		expect(patternMatches('/a/*', '/A/x', 'netlify')).toBe(true);
		expect(patternMatches('/a/*', '/about/', 'cloudflare')).toBe(false);
		expect(patternMatches('/faq/', '/faq', 'netlify')).toBe(true);
	});

	it('reports what its documentation does not settle: two rules giving a path one header, and a detach', () => {
		const twice = [
			'/*',
			"  Content-Security-Policy: frame-ancestors 'none'",
			'/embed/*',
			'  ! Content-Security-Policy',
			'  Content-Security-Policy: frame-ancestors *',
		].join('\n');
		expect(resolve(twice, '/embed/faq/', 'netlify').unsettled).toEqual([
			'/embed/* detaches content-security-policy: not Netlify syntax',
			'content-security-policy is set by both /* and /embed/*',
		]);
		expect(resolve(twice, '/embed/faq/', 'cloudflare')).toEqual({
			headers: { 'content-security-policy': 'frame-ancestors *' },
			unsettled: [],
		});
	});

	it('matches exactly as netlify-headers-parser does', async () => {
		const patterns = ['/', '/*', '/a/*', '/faq/', '/404.html', '/embed/faq/:topic/oembed.json', '/x-y/*', '/pagefind/index/*'];
		const paths = [
			'/',
			'/a',
			'/a/',
			'/about/',
			'/faq',
			'/faq/',
			'/FAQ/',
			'/404.html',
			'/404xhtml',
			'/embed/faq/safety/oembed.json',
			'/x-y/z',
			'/xzy/z',
			'/pagefind/index/en.pf',
		];
		const file = join(mkdtempSync(join(tmpdir(), 'headers-')), '_headers');
		writeFileSync(file, patterns.map((pattern) => `${pattern}\n  X-Pattern: ${pattern}\n`).join(''));
		const { headers, errors } = await parseAllHeaders({ headersFiles: [file] as never[], netlifyConfigPath: undefined, minimal: false });
		expect(errors).toEqual([]);
		for (const rule of headers as { for: string; forRegExp: RegExp }[]) {
			for (const path of paths) expect(patternMatches(rule.for, path, 'netlify'), `${rule.for} on ${path}`).toBe(rule.forRegExp.test(path));
		}
	});
});
