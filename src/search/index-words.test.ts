import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fragmentText, indexWords } from './index-words';

describe('indexWords', () => {
	it('lists each word of three letters or more once, the most used first, then A–Z', () => {
		expect(indexWords(['Redness is common. Redness fades.', 'Swelling and redness', 'A swelling'])).toEqual([
			'redness',
			'swelling',
			'and',
			'common',
			'fades',
		]);
	});
});

describe('fragmentText', () => {
	const fragment = (text: string) => gzipSync(Buffer.from(text));

	it('reads the text of a Pagefind fragment', () => {
		expect(fragmentText(fragment('pagefind_dcd{"url":"/x/","content":"Redness fades."}'))).toBe('Redness fades.');
	});

	it('stops with the reason when the format is not the one it knows', () => {
		expect(() => fragmentText(fragment('{"content":"x"}'))).toThrow(/stores fragments differently/);
		expect(() => fragmentText(fragment('pagefind_dcd{"url":"/x/"}'))).toThrow(/no text content/);
	});
});
