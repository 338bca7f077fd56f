import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from './excerpt';

describe('excerptParts', () => {
	it('marks the words Pagefind wrapped in <mark>', () => {
		expect(excerptParts('Mild <mark>redness</mark> lasts a day or two.')).toEqual([
			{ text: 'Mild ', marked: false },
			{ text: 'redness', marked: true },
			{ text: ' lasts a day or two.', marked: false },
		]);
	});

	it('joins neighbouring runs of the same kind', () => {
		expect(excerptParts('<mark>collagen</mark><mark> induction</mark> therapy')).toEqual([
			{ text: 'collagen induction', marked: true },
			{ text: ' therapy', marked: false },
		]);
	});

	it('keeps escaped markup from a page as text, decoded once', () => {
		expect(excerptParts('a &lt;img src=x onerror=alert(1)&gt; &amp;lt; b')).toEqual([
			{ text: 'a <img src=x onerror=alert(1)> &lt; b', marked: false },
		]);
	});

	it('treats any tag other than <mark> as text', () => {
		expect(excerptParts('<b>bold</b> <mark>x</mark>')).toEqual([
			{ text: '<b>bold</b> ', marked: false },
			{ text: 'x', marked: true },
		]);
	});

	it('gives nothing for an empty excerpt', () => {
		expect(excerptParts('')).toEqual([]);
	});
});

describe('decodeEntities', () => {
	it('decodes the entities Pagefind writes and leaves others alone', () => {
		expect(decodeEntities('&lt;&gt;&amp;&quot;&#39;&#x27;&nbsp;')).toBe("<>&\"''&nbsp;");
	});
});
