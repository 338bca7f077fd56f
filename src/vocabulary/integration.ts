import { satteri } from '@astrojs/markdown-satteri';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { type Lang, languages, sourceLang } from '../i18n/languages.ts';
import { localizedLinks } from '../i18n/markdown.ts';
import { contentDir, entryFiles } from '../model/files.ts';
import { translationRoot } from '../model/translation-status.ts';
import { readGlossaryFiles } from './glossary-files.ts';
import { glossaryLinks } from './link-terms.ts';
import { aliasRedirects } from './terms.ts';

/**
 * The glossary at build time: every mention of a term in Markdown links to its entry, and every
 * alias has an address that sends readers on to the term (`/glossary/cit/`). Both are set up
 * before content collections exist, so the glossary is read from its files; the collection's
 * schema still validates them. `astro dev` reloads when a glossary file changes, so an edited
 * term shows without a restart. A translation (`content/es/`) links its own glossary's names
 * to its glossary pages, and its links to the pages in its language; its names have addresses
 * of their own too (`/es/glosario/tic/`).
 */
export function vocabulary(): AstroIntegration {
	return {
		name: 'vocabulary',
		hooks: {
			'astro:config:setup': ({ updateConfig, addWatchFile }) => {
				const terms = readGlossaryFiles();
				const translations = (Object.keys(languages) as Lang[])
					.filter((lang) => lang !== sourceLang)
					.map((lang) => ({ lang, terms: readGlossaryFiles(translationRoot(lang, contentDir())) }));
				const hastPlugins = [
					glossaryLinks(terms),
					...translations.flatMap(({ lang, terms }) => [localizedLinks(lang), glossaryLinks(terms, { lang })]),
				];
				updateConfig({
					markdown: { processor: satteri({ hastPlugins }) },
					redirects: Object.assign(
						aliasRedirects(terms, sourceLang),
						...translations.map(({ lang, terms }) => aliasRedirects(terms, lang)),
					),
				});
				// Astro compares each watch path with the watcher's absolute one: a relative path never matches.
				const roots = [contentDir(), ...translations.map(({ lang }) => translationRoot(lang, contentDir()))];
				for (const file of roots.flatMap((root) => entryFiles('glossary', root))) addWatchFile(resolve(file));
			},
		},
	};
}
