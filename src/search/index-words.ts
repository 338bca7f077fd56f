/**
 * The words the search index holds, most used first, for spelling suggestions. They are read
 * from Pagefind's page fragments, so they are exactly the indexed text, and written next to the
 * search page of the pages' language; the page loads them only when a query has a word no page holds.
 */
import { gunzipSync } from 'node:zlib';
import type { Lang } from '../i18n/languages';
import { localizePath } from '../i18n/routes';

/** Pagefind's fragments are gzipped JSON behind this signature. */
const signature = 'pagefind_dcd';

/** Where the build publishes the words of each language's pages: beside its search page (`/es/buscar/words.json`). */
export function indexWordsPath(lang: Lang): string {
	return `${localizePath('/search/', lang)}words.json`;
}

/** The address and text of one page fragment (a file under `pagefind/fragment/`). */
export function readFragment(file: Uint8Array): { url: string; content: string } {
	const bytes = gunzipSync(file);
	if (bytes.subarray(0, signature.length).toString() !== signature) {
		throw new Error(
			`A Pagefind fragment does not start with "${signature}": this Pagefind version stores fragments differently (src/search/index-words.ts).`,
		);
	}
	const { url, content } = JSON.parse(bytes.subarray(signature.length).toString()) as { url?: unknown; content?: unknown };
	if (typeof content !== 'string') throw new Error('A Pagefind fragment has no text content (src/search/index-words.ts).');
	if (typeof url !== 'string') throw new Error('A Pagefind fragment has no address (src/search/index-words.ts).');
	return { url, content };
}

/**
 * Every word of three letters or more in the texts, lower case, ordered by how many texts use it
 * (then A–Z), so that of two equally close suggestions the more common word comes first.
 */
export function indexWords(texts: readonly string[]): string[] {
	const pages = new Map<string, number>();
	for (const text of texts) {
		for (const word of new Set(text.toLowerCase().match(/\p{L}{3,}/gu) ?? [])) pages.set(word, (pages.get(word) ?? 0) + 1);
	}
	return [...pages].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, 'en')).map(([word]) => word);
}
