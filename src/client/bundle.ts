/**
 * Bundles one browser script with esbuild (which Astro already installs): for an endpoint that
 * serves it at a fixed address (the clinics' `/embed.js`, code the site script loads on use), or
 * for a page to write inline (`inlineScript`).
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { cspHash } from '../security/csp-hashes.ts';

/**
 * The minified bundle of `entry` (a path from the project root, where `astro build` and
 * `astro dev` run: the endpoint runs from a bundled copy in the build output, so a path relative
 * to its own file would not hold). `iife` runs in a closure with no imports or globals; `esm`
 * is for `import()`.
 */
async function bundleCode(entry: string, format: 'iife' | 'esm'): Promise<string> {
	const entryPoint = resolve(entry);
	const result = await build({
		entryPoints: [entryPoint],
		bundle: true,
		minify: true,
		format,
		// ES2020 runs in every browser released since 2020 (clinics' visitors use all sorts).
		target: 'es2020',
		platform: 'browser',
		legalComments: 'none',
		write: false,
		logLevel: 'silent',
	});
	const code = result.outputFiles[0]?.text;
	if (!code) throw new Error(`esbuild produced no output for ${entryPoint}.`);
	return code;
}

/** `bundleCode` as an endpoint's JavaScript response. */
export async function bundleScript(entry: string, format: 'iife' | 'esm'): Promise<Response> {
	return new Response(await bundleCode(entry, format), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}

/**
 * A page's own small script to write inline, so the page fetches no script file: a Vite-built
 * `<script>` that shares a module with another page's script (branding.ts, with /for-clinics/)
 * imports a shared chunk instead. Call it in the page's frontmatter and pass `hash` to
 * `Astro.csp.insertScriptHash` there, before the page's `<head>` (and its CSP) is written.
 */
export async function inlineScript(entry: string): Promise<{ code: string; hash: `sha256-${string}` }> {
	const code = await bundleCode(entry, 'iife');
	return { code, hash: cspHash(code) };
}
