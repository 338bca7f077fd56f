/**
 * Build time: `astro build` (not Pagefind) of the real site, and of generated sites with 100 and
 * 1,000 content pages added to a copy of content/ in a temporary folder (never content/ itself),
 * each the median of several runs, plus the ratio 1,000/100 (it should be about 10 or less).
 * Each generated page is a glossary term, the one collection that builds a page per entry
 * (`/glossary/<id>/`). Every build writes to a temporary folder, so dist/ is left as it is.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './util.ts';

/** A generated glossary term: its id (and so its page, `/glossary/<id>/`), file, name and MDX. */
interface GeneratedTerm {
	id: string;
	file: string;
	term: string;
	text: string;
}

/**
 * Generated glossary term `index` (0-based), valid against the glossary schema
 * (src/schemas/glossary.ts). The name, "Benchmark term 0001", is no real term's name and no
 * other generated term's: the numbers have the same width, so one never starts another, and a
 * digit ends each name so the linker's optional plural never reaches the next one. The body
 * names real terms, so the term linker does the work it does on a real term page. The review
 * dates are those of the real glossary, so a generated page is past its review date (a build
 * warning and a notice on the page) only when the real ones are.
 */
export function glossaryEntry(index: number): GeneratedTerm {
	const number = String(index + 1).padStart(4, '0');
	const id = `benchmark-term-${number}`;
	const term = `Benchmark term ${number}`;
	const text = `---
term: ${term}
aliases: []
definition: A made-up term used only to time the build; it says nothing about microneedling itself.
related: []
variants: []
lastReviewed: 2026-11-20
nextReview: 2027-11-20
sources:
  - id: aad-microneedling
    quote: "Microneedling involves puncturing the skin with thin needles to create tiny wounds, triggering the skin’s repair mechanisms and stimulating collagen production."
    where: "paragraph 3"
---
This term was generated for the build benchmark, page ${number}. It has a few plain sentences, as a real glossary entry does.

Real entries explain a word such as collagen or erythema in two or three short paragraphs. This one is about the same length, so the build does similar work for it.

If you have questions about microneedling, ask a licensed provider.
`;
	return { id, file: `${id}.mdx`, term, text };
}

/** Copies content/ into a new temporary folder and adds `count` generated glossary terms, one page each. */
export function generateSite(contentDir: string, count: number): string {
	const dir = mkdtempSync(join(tmpdir(), `bench-site-${count}-`));
	const content = join(dir, 'content');
	cpSync(contentDir, content, { recursive: true });
	mkdirSync(join(content, 'glossary'), { recursive: true });
	for (let index = 0; index < count; index += 1) {
		const { file, text } = glossaryEntry(index);
		writeFileSync(join(content, 'glossary', file), text);
	}
	return dir;
}

/** One `astro build` into `<dir>/dist` with its cache in `<dir>/.astro`; resolves to seconds. */
function build(root: string, dir: string, contentDir: string | undefined): Promise<number> {
	const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_CACHE_DIR: join(dir, '.astro') };
	if (contentDir) env.CONTENT_DIR = contentDir;
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', join(dir, 'dist')], {
			cwd: root,
			env,
			stdio: ['ignore', 'ignore', 'pipe'],
		});
		let errors = '';
		child.stderr.on('data', (chunk) => (errors += chunk));
		child.on('error', reject);
		child.on('exit', (code) => (code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`astro build failed (${code}):\n${errors.slice(-4000)}`))));
	});
}

/** The HTML files a build wrote (pages and redirect pages), so a report shows the generated pages were built. */
export function countHtmlFiles(dist: string): number {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html')).length;
}

interface BuildTime {
	site: string;
	/** Generated pages added (0 for the real site). */
	pages: number;
	/** HTML files in the last run's output: it should grow by `pages` over the real site's. */
	htmlFiles: number;
	medianSeconds: number;
	runsSeconds: number[];
}

interface BuildReport {
	sites: BuildTime[];
	/** Median of the +1,000-page build over the +100-page build, when both ran. */
	ratio1000to100: number | null;
}

/** The 1,000/100 ratio, rounded to 0.01, or null when either is missing. */
export function ratio(sites: BuildTime[]): number | null {
	const of = (pages: number) => sites.find((site) => site.pages === pages)?.medianSeconds;
	const small = of(100);
	const large = of(1000);
	return small && large ? Math.round((large / small) * 100) / 100 : null;
}

/**
 * Times `runs` builds of the real site and of each generated size (pages added), one size at a
 * time, and gives each site's median and the 1,000/100 ratio. Each site's folder is removed after.
 */
export async function benchBuild(root: string, runs: number, sizes: number[] = [100, 1000], log: (line: string) => void = console.log): Promise<BuildReport> {
	const sites: BuildTime[] = [];
	for (const pages of [0, ...sizes]) {
		const dir = pages === 0 ? mkdtempSync(join(tmpdir(), 'bench-site-real-')) : generateSite(join(root, 'content'), pages);
		const contentDir = pages === 0 ? undefined : join(dir, 'content');
		const site = pages === 0 ? 'real site' : `+${pages} pages`;
		const times: number[] = [];
		let htmlFiles = 0;
		try {
			for (let run = 0; run < runs; run += 1) {
				log(`  build: ${site}, run ${run + 1}/${runs}…`);
				rmSync(join(dir, 'dist'), { recursive: true, force: true });
				times.push(Math.round((await build(root, dir, contentDir)) * 10) / 10);
				log(`    ${times.at(-1)} s`);
				htmlFiles = countHtmlFiles(join(dir, 'dist'));
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
		sites.push({ site, pages, htmlFiles, medianSeconds: median(times), runsSeconds: times });
	}
	return { sites, ratio1000to100: ratio(sites) };
}
