import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pruneCspHashes } from './csp-hashes.ts';

/** After the build, each page's CSP `<meta>` keeps only the hashes of its own inline code. */
export function cspHashes(): AstroIntegration {
	return {
		name: 'csp-hashes',
		hooks: {
			'astro:build:done': async ({ assets, logger }) => {
				const files = [...new Set([...assets.values()].flat().map((url) => fileURLToPath(url)))].filter((file) => file.endsWith('.html'));
				let saved = 0;
				for (const file of files) {
					const html = await readFile(file, 'utf8');
					const pruned = pruneCspHashes(html);
					if (pruned === html) continue;
					saved += html.length - pruned.length;
					await writeFile(file, pruned);
				}
				logger.info(`Content-Security-Policy: ${files.length} pages checked, ${saved} bytes of other pages' hashes removed.`);
			},
		},
	};
}
