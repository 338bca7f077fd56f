/** Where embeddable pages live: any site may frame them. */
const embedPathPrefix = '/embed/';

/** A page path as a `_headers` rule matches it: `procedure/` → `/procedure/`, `` → `/`. */
export function pagePath(pathname: string): string {
	const withLeading = pathname.startsWith('/') ? pathname : `/${pathname}`;
	return withLeading.endsWith('/') || /\.[a-z0-9]+$/i.test(withLeading) ? withLeading : `${withLeading}/`;
}

/**
 * The framing rules for `_headers`, one per page: embed pages may be framed by any site, every
 * other page by none. A rule per exact path, rather than a site-wide `/*`, because Netlify and
 * Cloudflare Pages merge all rules that match a path, and two policies are both enforced.
 */
export function framingRules(pathnames: readonly string[]): string {
	const paths = [...new Set(pathnames.map(pagePath))].sort();
	return paths
		.map((path) =>
			path.startsWith(embedPathPrefix)
				? `${path}\n  Content-Security-Policy: frame-ancestors *\n`
				: `${path}\n  Content-Security-Policy: frame-ancestors 'none'\n  X-Frame-Options: DENY\n`,
		)
		.join('');
}
