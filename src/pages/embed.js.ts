/**
 * `/embed.js`, the loader clinics paste with `<div data-cit-faq …>`. The build bundles
 * src/lib/embed/loader-entry.ts (and the little it imports) with esbuild, which Astro already
 * installs, into one minified script that runs in a closure: no imports, no globals, no other
 * requests. The static build writes it to `dist/embed.js`; `astro dev` builds it per request.
 */
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { build } from 'esbuild';

/**
 * Resolved from the project root, where `astro build` and `astro dev` run: the endpoint itself
 * runs from a bundled copy in the build output, so a path relative to this file would not hold.
 */
const entryPoint = resolve('src/lib/embed/loader-entry.ts');

export const GET: APIRoute = async () => {
	const result = await build({
		entryPoints: [entryPoint],
		bundle: true,
		minify: true,
		format: 'iife',
		// Clinics' visitors use all sorts of browsers; ES2020 runs in every browser released since 2020.
		target: 'es2020',
		platform: 'browser',
		legalComments: 'none',
		write: false,
		logLevel: 'silent',
	});
	const code = result.outputFiles[0]?.text;
	if (!code) throw new Error(`esbuild produced no output for ${entryPoint}.`);
	return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
