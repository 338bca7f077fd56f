/**
 * Each edition's "page not found": `/404.html` for English, `/es/404.html` for Spanish, and how
 * each host picks the one to send with a 404 for an address that has no file. Cloudflare Pages
 * serves the nearest `404.html` up the folders of the address; Netlify serves `/404.html` unless
 * a `_redirects` rule with status 404 matches (written by redirects.ts); nginx needs an
 * `error_page` in a `location` per edition (deploy/nginx.conf).
 */
import { rename, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Lang, languages, sourceLang } from '../i18n/languages.ts';
import type { Host } from './header-rules.ts';
import { resolveRedirect } from './redirects.ts';

/** The not-found page of every edition other than the source language's: `/es/404.html`. */
export function editionNotFoundPages(): string[] {
	return (Object.keys(languages) as Lang[]).filter((lang) => lang !== sourceLang).map((lang) => `${languages[lang].prefix}/404.html`);
}

/**
 * Moves each edition's not-found page from where Astro writes it (`es/404/index.html`: only the
 * site's own `/404` route becomes a `404.html`) to `es/404.html`, where the hosts look for it.
 * Throws when a page is missing, so a renamed route is noticed at build time.
 */
export async function moveNotFoundPages(root: string, pages: readonly string[] = editionNotFoundPages()): Promise<void> {
	for (const page of pages) {
		const folder = join(root, ...page.replace(/\.html$/, '').split('/'));
		try {
			await rename(join(folder, 'index.html'), join(root, ...page.split('/')));
		} catch (error) {
			throw new Error(`${join(folder, 'index.html')} is missing: each edition needs a 404 page (src/pages/<prefix>/404.astro).`, {
				cause: error,
			});
		}
		await rmdir(folder);
	}
}

/** The folders of a path, from its own up to the root: `/es/a/b` → `/es/a/`, `/es/`, `/`. */
function foldersUp(path: string): string[] {
	const parts = path.split('/').slice(1, -1);
	return parts.map((_, index) => `/${parts.slice(0, parts.length - index).join('/')}/`).concat('/');
}

/**
 * The page a host sends, with status 404, for a path that has no file, as its documentation says:
 * Cloudflare Pages the nearest `404.html` up the path's folders among `files`; Netlify the page of
 * the page of the first `_redirects` rule that matches when its status is 404 (another status is
 * no "not found"), else `/404.html`. `undefined` when the host has no page to send.
 */
export function notFoundPage(redirects: string, path: string, host: Host, files: readonly string[]): string | undefined {
	if (host === 'cloudflare')
		return foldersUp(path)
			.map((folder) => `${folder}404.html`)
			.find((page) => files.includes(page));
	const rule = resolveRedirect(redirects, path, host, false);
	if (rule) return rule.status === 404 ? rule.location : undefined;
	return files.includes('/404.html') ? '/404.html' : undefined;
}
