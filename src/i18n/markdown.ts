/**
 * Markdown in each language. A translation is written in its language's folder (`content/es/`),
 * so the Markdown plugins tell a document's language from its file, and each does its work in
 * the language it was made for.
 */
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry } from 'satteri';
import { contentDir } from '../model/files.ts';
import { translationRoot } from '../model/translation-status.ts';
import { type Lang, languages, sourceLang } from './languages.ts';
import { englishPath, localizePath } from './routes.ts';

/** The language a document is written in: a translation's if it is in that language's folder, English otherwise. */
export function documentLang(fileURL: URL | undefined, root = contentDir()): Lang {
	if (!fileURL) return sourceLang;
	const path = fileURLToPath(fileURL);
	const translated = (Object.keys(languages) as Lang[]).find(
		(lang) => lang !== sourceLang && path.startsWith(`${resolve(translationRoot(lang, root))}${sep}`),
	);
	return translated ?? sourceLang;
}

/**
 * A Sätteri hast plugin that sends a translation's links to the pages in its language. A
 * translation links with the English addresses, as its English entry does (`/side-effects/#get-help`);
 * the reader of a Spanish page goes to `/es/efectos-secundarios/#get-help`. Links to anchors on
 * the page, other sites and files stay as written, and so does a link already in the language.
 */
export function localizedLinks(lang: Lang, root = contentDir()): HastPluginEntry {
	return ({ fileURL }) =>
		documentLang(fileURL, root) === lang && {
			name: 'localized-links',
			element: {
				filter: ['a'],
				visit(node, ctx) {
					const href = node.properties.href;
					if (typeof href !== 'string' || englishPath(href).lang !== sourceLang) return;
					const localized = localizePath(href, lang);
					if (localized !== href) ctx.setProperty(node, 'href', localized);
				},
			},
		};
}
