import { type Lang, languages } from '../i18n/languages';
import { englishPath, localizePath } from '../i18n/routes';

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

/** One `hreflang` alternate of a page: a language (or `x-default`) and the absolute URL of the page in it. */
interface Alternate {
	hreflang: Lang | 'x-default';
	href: string;
}

/**
 * The page at `path` in every language, for `<link rel="alternate" hreflang>` and the sitemap:
 * each language's address, and English as `x-default` for readers in any other language.
 */
export function alternates(path: string, site: URL | string): Alternate[] {
	const english = englishPath(path).path;
	const each = (Object.keys(languages) as Lang[]).map((lang) => ({
		hreflang: lang,
		href: canonicalUrl(localizePath(english, lang), site),
	}));
	return [...each, { hreflang: 'x-default', href: canonicalUrl(english, site) }];
}

/** The Open Graph locale of a language (`en_US`), from its BCP 47 locale. */
export function ogLocale(lang: Lang): string {
	return languages[lang].locale.replace('-', '_');
}
