import { describe, expect, it } from 'vitest';
import { nginxRedirects, redirectsFile, resolveRedirect } from './redirects';

const redirects = { '/glossary/cit/': '/glossary/microneedling/', '/a/avoid-sun/': '/aftercare/#avoid-sun' };

describe('redirectsFile', () => {
	const file = redirectsFile(redirects);

	it('writes each redirect forced, then plain', () => {
		expect(file.split('\n').filter((line) => line && !line.startsWith('#'))).toEqual([
			'/a/avoid-sun/ /aftercare/#avoid-sun 301!',
			'/a/avoid-sun/ /aftercare/#avoid-sun 301',
			'/glossary/cit/ /glossary/microneedling/ 301!',
			'/glossary/cit/ /glossary/microneedling/ 301',
		]);
	});

	it('ends with a 404 rule per edition’s not-found page outside the root, after every redirect', () => {
		const withNotFound = redirectsFile(redirects, ['/404.html', '/es/404.html']);
		expect(withNotFound.startsWith(file)).toBe(true);
		expect(
			withNotFound
				.slice(file.length)
				.split('\n')
				.filter((line) => line && !line.startsWith('#')),
		).toEqual(['/es/* /es/404.html 404']);
	});

	it('a 404 rule applies on Netlify only where no file is, and Cloudflare Pages ignores it', () => {
		const withNotFound = redirectsFile({ '/es/a/x/': '/es/y/#x' }, ['/es/404.html']);
		expect(resolveRedirect(withNotFound, '/es/missing/', 'netlify', false)).toEqual({ status: 404, location: '/es/404.html' });
		expect(resolveRedirect(withNotFound, '/es/y/', 'netlify', true)).toBeUndefined();
		expect(resolveRedirect(withNotFound, '/es/a/x/', 'netlify', true)).toEqual({ status: 301, location: '/es/y/#x' });
		expect(resolveRedirect(withNotFound, '/es/missing/', 'cloudflare', false)).toBeUndefined();
		expect(resolveRedirect(withNotFound, '/es/a/x/', 'cloudflare', true)).toEqual({ status: 301, location: '/es/y/#x' });
	});

	it('is a 301 with its #fragment on both hosts, although Astro’s redirect page is a file at the path', () => {
		for (const host of ['netlify', 'cloudflare'] as const) {
			expect(resolveRedirect(file, '/a/avoid-sun/', host, true), host).toEqual({ status: 301, location: '/aftercare/#avoid-sun' });
			expect(resolveRedirect(file, '/glossary/cit/', host, true), host).toEqual({ status: 301, location: '/glossary/microneedling/' });
			expect(resolveRedirect(file, '/glossary/', host, true), host).toBeUndefined();
		}
	});
});

describe('resolveRedirect, as each host’s documentation says', () => {
	it('Netlify serves a file that exists rather than apply an unforced rule, and applies the first rule that matches', () => {
		expect(resolveRedirect('/old /new 301', '/old', 'netlify', true)).toBeUndefined();
		expect(resolveRedirect('/old /new 301', '/old', 'netlify', false)).toEqual({ status: 301, location: '/new' });
		expect(resolveRedirect('/old /new 301!', '/old', 'netlify', true)).toEqual({ status: 301, location: '/new' });
		expect(resolveRedirect('/old /first 301\n/old /second 301!', '/old', 'netlify', true)).toBeUndefined();
		expect(resolveRedirect('/old /new', '/old', 'netlify', false)).toEqual({ status: 301, location: '/new' });
	});

	it('Cloudflare Pages always applies a rule, ignores a line whose status is not one it accepts, and defaults to 302', () => {
		expect(resolveRedirect('/old /new 301', '/old', 'cloudflare', true)).toEqual({ status: 301, location: '/new' });
		expect(resolveRedirect('/old /new 301!', '/old', 'cloudflare', false)).toBeUndefined();
		expect(resolveRedirect('/old /new', '/old', 'cloudflare', false)).toEqual({ status: 302, location: '/new' });
		expect(resolveRedirect('/page/ /page2/#fragment 301 # moved', '/page/', 'cloudflare', false)).toEqual({
			status: 301,
			location: '/page2/#fragment',
		});
	});
});

describe('nginxRedirects', () => {
	it('writes an exact location per redirect, its target quoted so that # is not a comment', () => {
		expect(nginxRedirects(redirects).split('\n').slice(1)).toEqual([
			'location = /a/avoid-sun/ { return 301 "/aftercare/#avoid-sun"; }',
			'location = /glossary/cit/ { return 301 "/glossary/microneedling/"; }',
			'',
		]);
	});

	it('refuses a path with a character a host would read as syntax', () => {
		expect(() => nginxRedirects({ '/a b/': '/c/' })).toThrow(/\/a b\/ → \/c\/ has a character/);
		expect(() => redirectsFile({ '/a/': '/c/";' })).toThrow(/has a character/);
	});
});
