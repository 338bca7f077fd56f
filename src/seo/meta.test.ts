import { describe, expect, it } from 'vitest';
import { canonicalUrl, documentTitle, siteName, siteUrl } from './meta';

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
