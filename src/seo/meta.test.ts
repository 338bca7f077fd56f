import { describe, expect, it } from 'vitest';
import { alternates, canonicalUrl, documentTitle, ogLocale, siteName, siteUrl } from './meta';

describe('documentTitle', () => {
	it('adds the site name except on the home page', () => {
		expect(documentTitle('Aftercare')).toBe(`Aftercare | ${siteName}`);
		expect(documentTitle('Microneedling guide', true)).toBe('Microneedling guide');
	});

	it('uses the name it is given, for a page in another language', () => {
		expect(documentTitle('Cuidados posteriores', false, 'Guía de micropunción')).toBe('Cuidados posteriores | Guía de micropunción');
	});
});

describe('canonicalUrl', () => {
	it('gives one absolute form with a trailing slash and no query or hash', () => {
		expect(canonicalUrl('/faq', 'https://example.org')).toBe('https://example.org/faq/');
		expect(canonicalUrl('/faq/?q=x#pain', 'https://example.org')).toBe('https://example.org/faq/');
		expect(canonicalUrl('/', new URL('https://example.org'))).toBe('https://example.org/');
	});

	it('leaves file paths alone', () => {
		expect(canonicalUrl('/robots.txt', 'https://example.org')).toBe('https://example.org/robots.txt');
	});
});

describe('siteUrl', () => {
	it('is the configured address, and an error when the config has none', () => {
		const site = new URL('https://example.org');
		expect(siteUrl(site)).toBe(site);
		expect(() => siteUrl(undefined)).toThrow(/site/);
	});
});

describe('alternates', () => {
	it('gives the page in every language and English as x-default, from either language', () => {
		const expected = [
			{ hreflang: 'en', href: 'https://example.org/faq/aftercare/' },
			{ hreflang: 'es', href: 'https://example.org/es/preguntas/aftercare/' },
			{ hreflang: 'x-default', href: 'https://example.org/faq/aftercare/' },
		];
		expect(alternates('/faq/aftercare/', 'https://example.org')).toEqual(expected);
		expect(alternates('/es/preguntas/aftercare/', 'https://example.org')).toEqual(expected);
	});

	it('pairs the home pages', () => {
		expect(alternates('/es/', 'https://example.org').map((link) => link.href)).toEqual([
			'https://example.org/',
			'https://example.org/es/',
			'https://example.org/',
		]);
	});
});

describe('ogLocale', () => {
	it('writes the locale with an underscore', () => {
		expect(ogLocale('es')).toBe('es_US');
	});
});
