// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { cspHashes } from './src/integrations/csp-hashes.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { loadPublishedIds } from './src/lib/content/published-ids.ts';
import { readAftercareAnchors, shortLinkPrefix, shortLinkRedirects } from './src/lib/content/short-links.ts';
import { readGlossaryFiles } from './src/lib/vocabulary/glossary-files.ts';
import { glossaryLinks } from './src/lib/vocabulary/link-terms.ts';
import { aliasRedirects } from './src/lib/vocabulary/terms.ts';

/** The one place the site's public address is set; canonical URLs, the sitemap and JSON-LD use it. */
const site = process.env.SITE_URL ?? 'https://microneedling-guide.example';

// Markdown plugins load with the config, before content collections exist, so the vocabulary
// is read from the glossary files themselves. The collection's schema still validates them.
const vocabulary = readGlossaryFiles();
// Short links for clinic staff (`/a/<id>/` → `/aftercare/#<id>`), read from the aftercare files
// and published-ids.json for the same reason. A malformed record gives no removed-id links here;
// the aftercare collection's check stops the build with the file, the field and the fix.
const publishedIds = loadPublishedIds().record ?? { published: [], removed: {} };
const redirects = { ...aliasRedirects(vocabulary), ...shortLinkRedirects(readAftercareAnchors(), publishedIds) };
const redirectSources = new Set(Object.keys(redirects));

export default defineConfig({
	site,
	// Tests that build broken content fixtures use their own cache, never the site's.
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'always' },
	// Astro hashes every script and style it writes into a CSP <meta> on each page, so no page
	// needs 'unsafe-inline'. Pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval'.
	// frame-ancestors cannot be set from a <meta>; it is in public/_headers.
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
	markdown: {
		processor: satteri({ hastPlugins: [glossaryLinks(vocabulary)] }),
	},
	// Every alias of a glossary term has its own address (`/glossary/cit/`) that sends readers on
	// to the term's page, and every aftercare id a short link (`/a/avoid-sun/`) to its anchor; a
	// static build writes each as a small page with a meta refresh and a canonical link.
	redirects,
	integrations: [
		mdx(),
		cspHashes(),
		securityHeaders(),
		sitemap({
			filter: (page) => {
				const path = new URL(page).pathname;
				// The search page and the embeds are tools, not pages to land on: they are left out,
				// like the alias redirects and the aftercare short links.
				return (
					!path.startsWith('/404') &&
					!path.startsWith('/embed/') &&
					!path.startsWith(shortLinkPrefix) &&
					path !== '/search/' &&
					!redirectSources.has(path)
				);
			},
		}),
	],
	vite: { plugins: [tailwindcss()] },
});
