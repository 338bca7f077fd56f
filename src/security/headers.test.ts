import { describe, expect, it } from 'vitest';
import { framingRules, pagePath } from './headers';

describe('pagePath', () => {
	it('writes page paths with a leading and trailing slash, files as they are', () => {
		expect(pagePath('')).toBe('/');
		expect(pagePath('procedure/')).toBe('/procedure/');
		expect(pagePath('glossary/cit')).toBe('/glossary/cit/');
		expect(pagePath('/404.html')).toBe('/404.html');
	});
});

describe('framingRules', () => {
	it('lets any site frame embed pages and no site frame the others, one rule per page', () => {
		const rules = framingRules(['procedure/', '', 'embed/faq/', 'embed/faq/aftercare/', 'procedure/']);
		expect(rules).toBe(
			[
				"/\n  Content-Security-Policy: frame-ancestors 'none'\n  X-Frame-Options: DENY\n",
				'/embed/faq/\n  Content-Security-Policy: frame-ancestors *\n',
				'/embed/faq/aftercare/\n  Content-Security-Policy: frame-ancestors *\n',
				"/procedure/\n  Content-Security-Policy: frame-ancestors 'none'\n  X-Frame-Options: DENY\n",
			].join(''),
		);
	});
});
