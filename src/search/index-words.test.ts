import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { indexWords, indexWordsPath, readFragment } from './index-words';

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

describe('readFragment', () => {
	const fragment = (text: string) => gzipSync(Buffer.from(text));

	it('reads the address and text of a Pagefind fragment', () => {
		expect(readFragment(fragment('pagefind_dcd{"url":"/x/","content":"Redness fades."}'))).toEqual({
			url: '/x/',
			content: 'Redness fades.',
		});
	});

	it('stops with the reason when the format is not the one it knows', () => {
		expect(() => readFragment(fragment('{"content":"x"}'))).toThrow(/stores fragments differently/);
		expect(() => readFragment(fragment('pagefind_dcd{"url":"/x/"}'))).toThrow(/no text content/);
		expect(() => readFragment(fragment('pagefind_dcd{"content":"x"}'))).toThrow(/no address/);
	});
});

describe('indexWordsPath', () => {
	it('is beside the search page of each language', () => {
		expect(indexWordsPath('en')).toBe('/search/words.json');
		expect(indexWordsPath('es')).toBe('/es/buscar/words.json');
	});
});
