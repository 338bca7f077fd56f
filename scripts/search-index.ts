/**
 * The search index, the last step of `npm run build`: `pagefind --site dist`, with small index
 * chunks.
 *
 * Pagefind splits its word index into chunks by alphabet and a search fetches the chunk that holds
 * each of its words. By default a chunk holds about 20,000 word positions, so this site's whole
 * index (about 1,200 words) was two chunks of 14 and 29 KB gzipped, and nearly every query fetched
 * 29 or 43 KB of it. A query for a glossary term is expanded to all of the term's names ("CIT"
 * becomes eight words from c to t), so it needs a chunk per word wherever the chunks end; at 500
 * positions a chunk is about 1 KB, and "CIT" fetches about 10 KB of index instead of 43 KB.
 * Smaller chunks gain little more: each is one more request with its headers, and Pagefind's
 * metadata, which every search loads, lists every chunk.
 *
 * The trade-off, measured against the default chunks on every word of the site's indexed text
 * and every prefix of 3 letters or more (2026-11-22): every whole word finds the same pages;
 * what is lost is Pagefind stretching the last word to longer words that sit in the next chunk
 * ("need" no longer also finds pages that only say "needling", "press" those that only say
 * "pressure": 10 words of 1,381), and its fallback to a shorter prefix for a word the site does
 * not use, which returned unrelated pages anyway. Glossary names are unaffected: the search page
 * expands them to whole words.
 *
 * Pagefind 1.6 reads the chunk size only from the `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`
 * environment variable. If a later version ignores it, the index comes out in a couple of large
 * chunks again: this script then warns, and `npm run bench` shows the bytes.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Word positions per index chunk (Pagefind's default is 20,000). */
export const indexChunkSize = 500;

const root = resolve(import.meta.dirname, '..');
const site = join(root, 'dist');
// Pagefind leaves the files of an earlier index in place; start from none.
rmSync(join(site, 'pagefind'), { recursive: true, force: true });
const result = spawnSync(process.execPath, [join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', site], {
	stdio: 'inherit',
	env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(indexChunkSize) },
});
if (result.status !== 0) process.exit(result.status ?? 1);

// At the set size no chunk comes near 8 KB (the largest is under 2 KB); a bigger one means the
// setting was not applied.
const index = join(site, 'pagefind', 'index');
const sizes = readdirSync(index).map((file) => statSync(join(index, file)).size);
const largest = Math.max(...sizes);
console.log(
	`Search index: ${sizes.length} chunks of about ${indexChunkSize} word positions, the largest ${(largest / 1024).toFixed(1)} KB.`,
);
if (largest > 8 * 1024) {
	console.warn(
		`Warning: an index chunk of ${(largest / 1024).toFixed(1)} KB. Pagefind may have ignored PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, so searches fetch most of the index (see scripts/search-index.ts).`,
	);
}
