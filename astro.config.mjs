// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { aftercareLinks } from './src/aftercare-links/integration.ts';
import { shortLinkPrefix } from './src/aftercare-links/short-links.ts';
import { hosting } from './src/hosting/integration.ts';
import { languages, sourceLang } from './src/i18n/languages.ts';
import { englishPath } from './src/i18n/routes.ts';
import { alternates } from './src/seo/meta.ts';
import { searchIndex } from './src/search/integration.ts';
import { cspHashes } from './src/security/csp-integration.ts';
import { vocabulary } from './src/vocabulary/integration.ts';

/** The one place the site's public address is set; canonical URLs, the sitemap and JSON-LD use it. */
const site = process.env.SITE_URL ?? 'https://microneedling-guide.example';

/** `_headers`, `_redirects` and the nginx redirects; it knows which paths only send readers on. */
const hostFiles = hosting();

export default defineConfig({
	site,
	// Tests that build broken content fixtures use their own cache, never the site's.
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	// English keeps its addresses; Spanish pages live under /es/ (src/pages/es), so
	// Astro.currentLocale tells every component the language of the page it renders in.
	// Nothing redirects by the browser's language: each page links to its counterpart instead.
	i18n: { locales: Object.keys(languages), defaultLocale: sourceLang, routing: { prefixDefaultLocale: false } },
	// The site-wide stylesheet is one hashed file that a reader's browser keeps (`/_astro/*` is
	// cached for a year); a page's own stylesheet, when under Vite's 4 KB inline limit, is
	// written into the page rather than fetched.
	// Four pages render at once, so one page's rendering goes on while another's file is written.
	build: { format: 'directory', inlineStylesheets: 'auto', concurrency: 4 },
	// Astro hashes every script and style it writes into a CSP <meta> on each page, so no page
	// needs 'unsafe-inline'. Pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval'.
	// frame-ancestors cannot be set from a <meta>; the build writes it into _headers (src/hosting).
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"form-action 'self'",
				"frame-src 'self'",
				"connect-src 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	integrations: [
		// The vocabulary sets the Markdown processor (its term linker) before MDX reads it.
		vocabulary(),
		aftercareLinks(),
		// Static parts of an MDX body are compiled to HTML strings, not components: faster to render.
		mdx({ optimize: true }),
		cspHashes(),
		hostFiles,
		sitemap({
			filter: (page) => {
				const address = new URL(page).pathname;
				// A page is left out in every language, so its English address is tested.
				const path = englishPath(address).path;
				// The search page and the embeds are tools, not pages to land on: they are left out,
				// like the alias redirects and the aftercare short links.
				return (
					!path.startsWith('/404') &&
					!path.startsWith('/embed/') &&
					!path.startsWith(shortLinkPrefix) &&
					path !== '/search/' &&
					!hostFiles.isRedirect(address)
				);
			},
			// Each address lists itself in every language, as its page's hreflang links do. The
			// integration's own i18n option pairs pages only when their addresses match after the
			// prefix, and Spanish addresses have their own words.
			serialize: (item) => ({
				...item,
				links: alternates(new URL(item.url).pathname, site).map((link) => ({ lang: link.hreflang, url: link.href })),
			}),
		}),
		// Last, so the index is written from the finished pages.
		searchIndex(),
	],
	vite: {
		plugins: [tailwindcss()],
		// Prerendering imports each MDX entry (an FAQ answer, a glossary term) as its own module; one
		// chunk for all of them spares the bundler and Node a file per entry. These chunks only render
		// the pages and are deleted after the build, so the site is the same. Bundled together, every
		// entry's "use astro:head-inject" marker (Astro's own; the pages come out the same) would warn once per
		// entry and bury the warnings an editor must see, such as an overdue review.
		build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
		environments: {
			prerender: {
				build: {
					rolldownOptions: {
						output: { codeSplitting: { groups: [{ name: 'content-entries', test: /\.mdx(?:\?|$)/ }] } },
					},
				},
			},
		},
	},
});
