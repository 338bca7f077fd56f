import { describe, expect, it } from 'vitest';
import { absoluteHref, externalLinks } from './links';

const site = 'https://microneedling-guide.example';

describe('absoluteHref', () => {
	it('resolves relative addresses on the site', () => {
		expect(absoluteHref('/glossary/collagen/', site)).toBe(`${site}/glossary/collagen/`);
		expect(absoluteHref('https://aad.org/x', site)).toBe('https://aad.org/x');
	});

	it("refuses other schemes, except the site's own origin", () => {
		expect(absoluteHref('javascript:alert(1)', site)).toBeUndefined();
		expect(absoluteHref('http://other.example/', site)).toBeUndefined();
		expect(absoluteHref('/faq/', 'http://localhost:4321')).toBe('http://localhost:4321/faq/');
	});
});

describe('externalLinks', () => {
	it('makes every link absolute and open in a new tab', () => {
		expect(externalLinks('<p><a href="/glossary/x/" class="term-link">x</a> and <abbr>y</abbr></p>', site)).toBe(
			`<p><a href="${site}/glossary/x/" class="term-link" target="_blank" rel="noopener">x</a> and <abbr>y</abbr></p>`,
		);
	});

	it('replaces an existing target and rel, keeps escaped query strings', () => {
		expect(externalLinks('<a target="_self" href="/faq/?a=1&amp;b=2" rel="external">x</a>', site)).toBe(
			`<a href="${site}/faq/?a=1&amp;b=2" target="_blank" rel="noopener">x</a>`,
		);
	});

	it('drops an href it cannot allow, and with it target and rel', () => {
		expect(externalLinks('<a href="javascript:alert(1)">x</a>', site)).toBe('<a>x</a>');
	});

	it('leaves a placeholder link (no href) without target or rel, as HTML requires', () => {
		expect(externalLinks('<a class="button" data-embed-contact-link target="_blank">Book</a>', site)).toBe(
			'<a class="button" data-embed-contact-link>Book</a>',
		);
	});
});
