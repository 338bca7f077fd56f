/** The site's name, shown after every page title and in Open Graph tags. */
export const siteName = 'Microneedling Guide';

/** The document title: the page's own title, then the site's name in the page's language (the home page has only its own). */
export function documentTitle(pageTitle: string, isHome = false, name = siteName): string {
	return isHome ? pageTitle : `${pageTitle} | ${name}`;
}

/**
 * The site's public address, from `Astro.site`. astro.config.mjs always sets `site`, so its
 * absence is a broken config: fail loudly rather than write some other host into every page.
 */
export function siteUrl(site: URL | undefined): URL {
	if (!site) throw new Error('`site` is not set in astro.config.mjs; canonical URLs need it.');
	return site;
}

/**
 * The absolute canonical URL of a path on the site. Paths end in `/` (the build writes
 * `page/index.html`), so `/faq` and `/faq/` have one canonical form.
 */
export function canonicalUrl(path: string, site: URL | string): string {
	const url = new URL(path, site);
	if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) url.pathname += '/';
	url.search = '';
	url.hash = '';
	return url.href;
}
