import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { headersFile, ruleCount } from './headers.ts';
import { editionNotFoundPages, moveNotFoundPages } from './not-found.ts';
import { nginxRedirects, type Redirects, redirectsFile } from './redirects.ts';

/** The nginx redirects the build writes beside `_redirects`; deploy/nginx.conf includes a copy. */
export const nginxRedirectsName = '_nginx-redirects.conf';

/**
 * A redirect page with its refresh written as HTML's rules want it: Astro writes `0;url=…`, and
 * the W3C checker wants a space after the `;` (browsers follow either). `undefined` when the page
 * has no such refresh.
 */
export function spacedRefresh(html: string): string | undefined {
	const spaced = html.replace(/(<meta http-equiv="refresh" content="\d+);url=/, '$1; url=');
	return spaced === html ? undefined : spaced;
}

/** Each redirect's target; an entry may be a string or `{ status, destination }`. */
function targets(redirects: AstroConfig['redirects']): Redirects {
	return Object.fromEntries(Object.entries(redirects).map(([from, to]) => [from, typeof to === 'string' ? to : to.destination]));
}

/** Every file under `root` (a built site) as the URL path that serves it: `/procedure/index.html`. */
export function urlPaths(root: string): string[] {
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => `/${relative(root, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
		.sort();
}

/**
 * What the build writes for hosts, from the same `redirects` the pages come from: `_headers` with
 * the framing rules (see headers.ts), `_redirects` for Netlify and Cloudflare Pages, the nginx
 * redirects, and each redirect page's refresh in the form the HTML checker accepts. First it
 * puts each edition's 404 page where hosts look for it (`es/404.html`, not-found.ts). `isRedirect`
 * tells the sitemap which paths only send readers on, once the config is final.
 */
export function hosting(): AstroIntegration & { isRedirect: (path: string) => boolean } {
	let redirects: Redirects = {};
	const isRedirect = (path: string) => Object.hasOwn(redirects, path);
	return {
		name: 'hosting',
		isRedirect,
		hooks: {
			'astro:config:done': ({ config }) => {
				redirects = targets(config.redirects);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const notFound = editionNotFoundPages();
				await moveNotFoundPages(root, notFound);
				const headers = headersFile(await readFile(join(root, '_headers'), 'utf8'), urlPaths(root), isRedirect);
				await writeFile(join(root, '_headers'), headers);
				await writeFile(join(root, '_redirects'), redirectsFile(redirects, notFound));
				await writeFile(join(root, nginxRedirectsName), nginxRedirects(redirects));
				for (const from of Object.keys(redirects)) {
					const file = join(root, ...from.split('/'), 'index.html');
					const spaced = spacedRefresh(await readFile(file, 'utf8'));
					if (spaced === undefined)
						throw new Error(`${file} has no meta refresh of the form Astro writes; src/hosting/integration.ts expects one.`);
					await writeFile(file, spaced);
				}
				logger.info(
					`_headers: ${ruleCount(headers)} rules. _redirects and ${nginxRedirectsName}: ${Object.keys(redirects).length} redirects.`,
				);
			},
		},
	};
}
