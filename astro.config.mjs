// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

/** The one place the site's public address is set; canonical URLs, the sitemap and JSON-LD use it. */
const site = process.env.SITE_URL ?? 'https://microneedling-guide.example';

export default defineConfig({
	site,
	// Tests that build broken content fixtures use their own cache, never the site's.
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'always' },
	integrations: [
		mdx(),
		sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/404') }),
	],
	vite: { plugins: [tailwindcss()] },
});
