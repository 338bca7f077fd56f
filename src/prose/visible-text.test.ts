import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { isSearchOnly, notProseElements } from './visible-text';

describe('notProseElements', () => {
	it('names code, scripts, styles, templates and block quotations, not the elements of ordinary prose', () => {
		expect(notProseElements).toEqual(expect.arrayContaining(['script', 'style', 'template', 'pre', 'code', 'textarea', 'blockquote']));
		for (const tag of ['p', 'li', 'a', 'q', 'span', 'button']) expect(notProseElements).not.toContain(tag);
	});
});

describe('isSearchOnly', () => {
	const element = (html: string) => select('div, button', fromHtml(html, { fragment: true })) as Element;

	it('is true only of hidden text kept for search', () => {
		expect(isSearchOnly(element('<div hidden data-pagefind-ignore>synonym</div>'))).toBe(true);
		expect(isSearchOnly(element('<button hidden>Copy link</button>'))).toBe(false);
		expect(isSearchOnly(element('<div data-pagefind-ignore>Shown</div>'))).toBe(false);
	});
});
