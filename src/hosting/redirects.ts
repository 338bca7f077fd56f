import { type Host, patternMatches } from './header-rules.ts';

/** Source → target, from Astro's `redirects` (glossary aliases, aftercare short links). */
export type Redirects = Readonly<Record<string, string>>;

/** What a path and a target may hold: nothing a `_redirects` line or an nginx string would read otherwise. */
const safeUrl = /^\/[\w\-.~/%#]*$/;

function checked(redirects: Redirects): [string, string][] {
	return Object.entries(redirects)
		.map(([from, to]): [string, string] => {
			if (!safeUrl.test(from) || !safeUrl.test(to))
				throw new Error(`The redirect ${from} → ${to} has a character that hosts' redirect files cannot hold.`);
			return [from, to];
		})
		.sort(([a], [b]) => a.localeCompare(b));
}

/**
 * `_redirects` for Netlify and Cloudflare Pages: a 301 for each redirect, on two lines. Astro writes
 * an HTML redirect page at each source, and Netlify serves a file that exists rather than apply a
 * rule unless the rule is forced (`301!`), while Cloudflare Pages always applies its rules but
 * ignores a line whose status is not a number. So the forced line comes first, for Netlify (which
 * applies the first rule that matches), and the plain one follows, for Cloudflare Pages (which
 * ignores the first).
 *
 * Then, after every redirect so that none is hidden, a rule per page of `notFound` outside the
 * root (`/es/404.html`): Netlify sends that page with status 404 for an address in its folder
 * that has no file (`/es/*  /es/404.html  404`); Cloudflare Pages ignores the line, as 404 is not
 * a status it accepts, and finds the nearest `404.html` itself.
 */
export function redirectsFile(redirects: Redirects, notFound: readonly string[] = []): string {
	const lines = checked(redirects).flatMap(([from, to]) => [`${from} ${to} 301!`, `${from} ${to} 301`]);
	const notFoundLines = checked(Object.fromEntries(notFound.map((page) => [page, page])))
		.map(([page]) => [page.slice(0, page.lastIndexOf('/') + 1), page])
		.filter(([folder]) => folder !== '/')
		.map(([folder, page]) => `${folder}* ${page} 404`);
	const notFoundText = notFoundLines.length
		? `# Each edition's own "page not found", for Netlify; Cloudflare Pages finds the nearest 404.html.\n${notFoundLines.join('\n')}\n`
		: '';
	return `# Written by the build (src/hosting/redirects.ts). Each redirect is on two lines: the forced\n# one for Netlify, the plain one for Cloudflare Pages, which ignores the other.\n${lines.join('\n')}\n${notFoundText}`;
}

/** The same redirects for nginx: one exact location each, its target quoted, since `#` starts a comment there. */
export function nginxRedirects(redirects: Redirects): string {
	const lines = checked(redirects).map(([from, to]) => `location = ${from} { return 301 "${to}"; }`);
	return `# Written by the build (src/hosting/redirects.ts); included by deploy/nginx.conf.\n${lines.join('\n')}\n`;
}

/** Statuses Cloudflare Pages accepts in `_redirects`; a line with another is ignored. */
const cloudflareStatuses = new Set([200, 301, 302, 303, 307, 308]);

/**
 * What a host answers for a path from a `_redirects` file: the status and location of the rule it
 * applies, or `undefined` when it serves the path as it is. `fileExists` says whether a file is
 * at the path, which Netlify serves instead of an unforced rule.
 */
export function resolveRedirect(
	text: string,
	path: string,
	host: Host,
	fileExists: boolean,
): { status: number; location: string } | undefined {
	for (const raw of text.split('\n')) {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) continue;
		const tokens = line.split(/\s+/);
		const comment = tokens.findIndex((token, index) => index >= 2 && token.startsWith('#'));
		const parts = comment === -1 ? tokens : tokens.slice(0, comment);
		const [from, to, code] = parts;
		if (!from || !to) continue;
		if (host === 'cloudflare') {
			const status = Number(code ?? '302');
			if (parts.length > 3 || !cloudflareStatuses.has(status) || !patternMatches(from, path, host)) continue;
			return { status, location: to };
		}
		if (!patternMatches(from, path, host)) continue;
		const forced = code?.endsWith('!') ?? false;
		return fileExists && !forced ? undefined : { status: Number.parseInt(code ?? '301'), location: to };
	}
	return undefined;
}
