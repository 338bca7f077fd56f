/**
 * The yardstick for the build benchmark: Starlight, Astro's documentation theme, building the
 * same generated pages with its own Pagefind index, in the same sitting, so the comparison is
 * measured on this machine rather than quoted. Each bench run makes a temporary Starlight site
 * and installs into it, with npm, Starlight (its minor pinned, as 0.x versions break at the
 * minor) and this site's exact Astro version; npm's cache makes that quick after the first time.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const starlightRange = '0.42';

/** The package.json of the Starlight site: the pinned Starlight and the Astro this site builds with. */
export function starlightPackage(astroVersion: string): string {
	const dependencies = { '@astrojs/starlight': starlightRange, astro: astroVersion };
	return `${JSON.stringify({ name: 'bench-starlight', private: true, type: 'module', dependencies }, null, '\t')}\n`;
}

/** Runs npm in a folder; resolves when it succeeds. */
function npm(args: string[], cwd: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn('npm', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
		let errors = '';
		child.stderr.on('data', (chunk) => (errors += chunk));
		child.on('error', reject);
		child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm ${args.join(' ')} failed (${code}):\n${errors.slice(-2000)}`))));
	});
}

/** The Starlight version installed in a site, for the report. */
export function starlightVersion(dir: string): string {
	return (JSON.parse(readFileSync(join(dir, 'node_modules', '@astrojs', 'starlight', 'package.json'), 'utf8')) as { version: string }).version;
}

/** A generated glossary term as a Starlight page: its name, definition and body. */
export function starlightPage({ id, term, text }: { id: string; term: string; text: string }): { file: string; text: string } {
	const definition = /^definition: (.*)$/m.exec(text)![1]!;
	const body = text.slice(text.indexOf('\n---\n') + '\n---\n'.length);
	return { file: `${id}.md`, text: `---\ntitle: ${term}\ndescription: ${definition}\n---\n${body}` };
}

/**
 * A temporary Starlight site of the generated terms' pages and a home page, with Starlight and
 * this site's Astro (read from `root`) installed. Install scripts are not run: Starlight needs
 * none to build.
 */
export async function generateStarlightSite(root: string, terms: readonly { id: string; term: string; text: string }[]): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), `bench-starlight-${terms.length}-`));
	try {
		const astroVersion = (JSON.parse(readFileSync(join(root, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string }).version;
		writeFileSync(join(dir, 'package.json'), starlightPackage(astroVersion));
		await npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', '--prefer-offline'], dir);
		writeFileSync(
			join(dir, 'astro.config.mjs'),
			"import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\n\nexport default defineConfig({ integrations: [starlight({ title: 'Benchmark' })] });\n",
		);
		const docs = join(dir, 'src', 'content', 'docs');
		mkdirSync(join(docs, 'terms'), { recursive: true });
		writeFileSync(
			join(dir, 'src', 'content.config.ts'),
			"import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
		);
		writeFileSync(join(docs, 'index.md'), '---\ntitle: Benchmark\n---\nGenerated pages to time the build.\n');
		for (const term of terms) {
			const { file, text } = starlightPage(term);
			writeFileSync(join(docs, 'terms', file), text);
		}
	} catch (error) {
		rmSync(dir, { recursive: true, force: true });
		throw error;
	}
	return dir;
}
