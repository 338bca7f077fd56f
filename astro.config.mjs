// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { aftercareLinks } from './src/aftercare-links/integration.ts';
import { shortLinkPrefix } from './src/aftercare-links/short-links.ts';
import { searchIndex } from './src/search/integration.ts';
import { cspHashes } from './src/security/csp-integration.ts';
import { securityHeaders } from './src/security/headers-integration.ts';
import { vocabulary } from './src/vocabulary/integration.ts';

/** The one place the site's public address is set; canonical URLs, the sitemap and JSON-LD use it. */
const site = process.env.SITE_URL ?? 'https://microneedling-guide.example';

/** Every address that only sends readers on (glossary aliases, short links), known once the config is final. */
let redirectPaths = new Set();

export default defineConfig({
	site,
	// Tests that build broken content fixtures use their own cache, never the site's.
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	// Four pages render at once, so one page's rendering goes on while another's file is written.
	build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
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
	integrations: [
		// The vocabulary sets the Markdown processor (its term linker) before MDX reads it.
		vocabulary(),
		aftercareLinks(),
		// Static parts of an MDX body are compiled to HTML strings, not components: faster to render.
		mdx({ optimize: true }),
		cspHashes(),
		securityHeaders(),
		{
			name: 'redirect-paths',
			hooks: { 'astro:config:done': ({ config }) => void (redirectPaths = new Set(Object.keys(config.redirects))) },
		},
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
					!redirectPaths.has(path)
				);
			},
		}),
		// Last, so the index is written from the finished pages.
		searchIndex(),
	],
	vite: {
		plugins: [tailwindcss()],
		// Prerendering imports each MDX entry (an FAQ answer, a glossary term) as its own module; one
		// chunk for all of them spares the bundler and Node a file per entry. These chunks only render
		// the pages and are deleted after the build, so the site is the same.
		environments: {
			prerender: {
				build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'content-entries', test: /\.mdx(?:\?|$)/ }] } } } },
			},
		},
	},
});
