/**
 * The search index, written at the end of `astro build` through Pagefind's Node API (as Starlight
 * does), so any host that runs `astro build` ships a searchable site.
 *
 * Pagefind splits its word index into chunks by alphabet and a search fetches the chunk that holds
 * each of its words. A chunk holds about 20,000 word positions by default, so this site's index
 * came out as a couple of large chunks that nearly every query fetched whole. A glossary query is
 * expanded to all of the term's names, one chunk per word wherever the chunks end; small chunks
 * keep each of those fetches to about a kilobyte. Smaller still gains little: each chunk is one
 * more request, and Pagefind's metadata, which every search loads, lists every chunk.
 *
 * The trade-off, measured against the default chunks on every word of the indexed text and every
 * prefix of three letters or more: every whole word finds the same pages; lost is Pagefind
 * stretching the last word to longer words that sit in the next chunk ("need" no longer also finds
 * pages that only say "needling"), and its fallback to a shorter prefix for a word the site does
 * not use, which returned unrelated pages anyway. Glossary names are unaffected: the search page
 * expands them to whole words.
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { englishPath } from '../i18n/routes';
import { indexWords, indexWordsPath, readFragment } from './index-words';

/** Word positions per index chunk (Pagefind's default is 20,000). */
const indexChunkSize = 500;

/**
 * The largest chunk the set size can produce, with room to spare. A bigger one means Pagefind
 * ignored the setting, which it reads only from `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`.
 */
const largestChunkBytes = 8 * 1024;

export function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const output = join(site, 'pagefind');
				// The service Pagefind starts on its first call inherits this process's environment.
				process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(indexChunkSize);
				// Pagefind leaves the files of an earlier index in place; start from none.
				await rm(output, { recursive: true, force: true });
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: site });
				if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: output });
				if (written.errors.length) throw new Error(`Pagefind could not write ${output}: ${written.errors.join('; ')}`);
				await pagefind.close();
				// Read back from disk: asking Pagefind for its files sends every one of them over its pipe.
				const fragments = join(output, 'fragment');
				const pages = await Promise.all(
					(await readdir(fragments)).map(async (file) => readFragment(await readFile(join(fragments, file)))),
				);
				// Each language's search suggests only its own pages' words, as Pagefind searches only its own pages.
				const byLang = Map.groupBy(pages, (page) => englishPath(page.url).lang);
				for (const [lang, texts] of byLang) {
					const wordsFile = join(site, indexWordsPath(lang));
					await mkdir(dirname(wordsFile), { recursive: true });
					await writeFile(wordsFile, JSON.stringify(indexWords(texts.map((page) => page.content))));
				}

				const chunks = join(output, 'index');
				const sizes = await Promise.all((await readdir(chunks)).map(async (file) => (await stat(join(chunks, file))).size));
				const largest = Math.max(...sizes);
				const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
				if (largest > largestChunkBytes) {
					throw new Error(
						`The search index has a chunk of ${kb(largest)}, over ${kb(largestChunkBytes)}: Pagefind ignored PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, so every search would fetch most of the index. Check how this Pagefind version sets its chunk size (src/search/integration.ts).`,
					);
				}
				logger.info(
					`${added.page_count} pages in ${sizes.length} chunks of about ${indexChunkSize} word positions, the largest ${kb(largest)}.`,
				);
			},
		},
	};
}
