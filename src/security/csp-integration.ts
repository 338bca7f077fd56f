import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pruneCspHashes } from './csp-hashes.ts';

/** After the build, each page's CSP `<meta>` keeps only the hashes of its own inline code. */
export function cspHashes(): AstroIntegration {
	return {
		name: 'csp-hashes',
		hooks: {
			'astro:build:done': ({ assets, logger }) => {
				const files = [...new Set([...assets.values()].flat().map((url) => fileURLToPath(url)))].filter((file) => file.endsWith('.html'));
				let saved = 0;
				// Read and written in turn, without waiting on the event loop: every page passes through here.
				for (const file of files) {
					const html = readFileSync(file, 'utf8');
					const pruned = pruneCspHashes(html);
					if (pruned === html) continue;
					saved += html.length - pruned.length;
					writeFileSync(file, pruned);
				}
				logger.info(`Content-Security-Policy: ${files.length} pages checked, ${saved} bytes of other pages' hashes removed.`);
			},
		},
	};
}
