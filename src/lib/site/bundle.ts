/**
 * Bundles one browser script with esbuild (which Astro already installs) for an endpoint that
 * serves it at a fixed address: the clinics' `/embed.js`, and code the site script loads on use.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * The minified bundle of `entry` (a path from the project root, where `astro build` and
 * `astro dev` run: the endpoint runs from a bundled copy in the build output, so a path relative
 * to its own file would not hold). `iife` runs in a closure with no imports or globals; `esm`
 * is for `import()`.
 */
export async function bundleScript(entry: string, format: 'iife' | 'esm'): Promise<Response> {
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
	return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
