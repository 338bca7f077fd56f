import { satteri } from '@astrojs/markdown-satteri';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDir, entryFiles } from '../model/files.ts';
import { readGlossaryFiles } from './glossary-files.ts';
import { glossaryLinks } from './link-terms.ts';
import { aliasRedirects } from './terms.ts';

/**
 * The glossary at build time: every mention of a term in Markdown links to its entry, and every
 * alias has an address that sends readers on to the term (`/glossary/cit/`). Both are set up
 * before content collections exist, so the glossary is read from its files; the collection's
 * schema still validates them. `astro dev` reloads when a glossary file changes, so an edited
 * term shows without a restart.
 */
export function vocabulary(): AstroIntegration {
	return {
		name: 'vocabulary',
		hooks: {
			'astro:config:setup': ({ updateConfig, addWatchFile }) => {
				const terms = readGlossaryFiles();
				updateConfig({
					markdown: { processor: satteri({ hastPlugins: [glossaryLinks(terms)] }) },
					redirects: aliasRedirects(terms),
				});
				// Astro compares each watch path with the watcher's absolute one: a relative path never matches.
				for (const file of entryFiles('glossary', contentDir())) addWatchFile(resolve(file));
			},
		},
	};
}
