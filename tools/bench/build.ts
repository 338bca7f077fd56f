/**
 * Build time: `astro build`, which writes the Pagefind index too (src/search/integration.ts), of
 * the real site and of generated sites with 100 and 1,000 content pages added to a copy of
 * content/ in a temporary folder (never content/ itself); and, as the yardstick, Starlight
 * building the same 1,000 generated pages with its own Pagefind (./starlight.ts). Each figure is
 * the median of several runs; the sites take turns in each round, so a busy spell on the machine
 * falls on all of them. Reported beside the times: the ratio 1,000/100 (about 10 or less), what
 * each added page costs at 100 and at 1,000 (each generated page is also a glossary term, so a
 * cost that grew with the number of terms would show at 1,000), and the ratio to Starlight.
 * Each generated page is a glossary term, the one collection that builds a page per entry
 * (`/glossary/<id>/`). Every build writes to a temporary folder, so dist/ is left as it is.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateStarlightSite, starlightVersion } from './starlight.ts';
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

/** One `astro build` of the project in `cwd` into `outDir`; resolves to seconds. */
function build(cwd: string, outDir: string, env: NodeJS.ProcessEnv): Promise<number> {
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [join(cwd, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
			cwd,
			env: { ...process.env, ...env },
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
	/** Starlight's build of the generated pages, not this site's. */
	starlight?: boolean;
	/** HTML files in the last run's output: it should grow by `pages` over the real site's. */
	htmlFiles: number;
	medianSeconds: number;
	runsSeconds: number[];
}

interface BuildReport {
	sites: BuildTime[];
	/** Median of the +1,000-page build over the +100-page build, when both ran. */
	ratio1000to100: number | null;
	/** What each added page cost, in milliseconds, by the number added. */
	perPageMs: Record<number, number | null>;
	/** This site's +1,000-page build over Starlight's 1,000 pages, when both ran. */
	ratioToStarlight: number | null;
	/** Why Starlight was not built, if it was not. */
	starlightError?: string;
}

const medianOf = (sites: BuildTime[], pages: number) => sites.find((site) => !site.starlight && site.pages === pages)?.medianSeconds;

/** The 1,000/100 ratio, rounded to 0.01, or null when either is missing. */
export function ratio(sites: BuildTime[]): number | null {
	const small = medianOf(sites, 100);
	const large = medianOf(sites, 1000);
	return small && large ? Math.round((large / small) * 100) / 100 : null;
}

/** What each of `pages` added pages cost over the real site's build, in milliseconds to 0.1, or null when either is missing. */
export function perPageMs(sites: BuildTime[], pages: number): number | null {
	const real = medianOf(sites, 0);
	const added = medianOf(sites, pages);
	return real === undefined || added === undefined ? null : Math.round(((added - real) / pages) * 10_000) / 10;
}

/** This site's build with as many added pages as Starlight built, over Starlight's, to 0.01, or null when either is missing. */
export function ratioToStarlight(sites: BuildTime[]): number | null {
	const theirs = sites.find((site) => site.starlight);
	const ours = theirs && medianOf(sites, theirs.pages);
	return ours && theirs ? Math.round((ours / theirs.medianSeconds) * 100) / 100 : null;
}

/** A site to build: where its project is, what to add to the environment, and where its output goes. */
interface Subject {
	time: Omit<BuildTime, 'htmlFiles' | 'medianSeconds' | 'runsSeconds'>;
	cwd: string;
	dir: string;
	env: NodeJS.ProcessEnv;
}

/**
 * Times `runs` builds of the real site, of each generated size (pages added) and, unless
 * `starlight` is false, of Starlight with the largest size, in rounds; gives each site's median,
 * the ratios and the cost per added page. Each site's folder is removed after.
 */
export async function benchBuild(
	root: string,
	runs: number,
	{ sizes = [100, 1000], starlight = true, log = console.log }: { sizes?: number[]; starlight?: boolean; log?: (line: string) => void } = {},
): Promise<BuildReport> {
	const subjects: Subject[] = [];
	let starlightError: string | undefined;
	try {
		for (const pages of [0, ...sizes]) {
			const dir = pages === 0 ? mkdtempSync(join(tmpdir(), 'bench-site-real-')) : generateSite(join(root, 'content'), pages);
			// Each site keeps its own cache, as a host's build would between deploys.
			const env: NodeJS.ProcessEnv = { ASTRO_CACHE_DIR: join(dir, '.astro'), ...(pages === 0 ? {} : { CONTENT_DIR: join(dir, 'content') }) };
			subjects.push({ time: { site: pages === 0 ? 'real site' : `+${pages} pages`, pages }, cwd: root, dir, env });
		}
		const largest = Math.max(...sizes);
		if (starlight) {
			log('  build: installing Starlight…');
			try {
				const dir = await generateStarlightSite(root, Array.from({ length: largest }, (_, index) => glossaryEntry(index)));
				subjects.push({ time: { site: `Starlight ${starlightVersion(dir)}, ${largest} pages`, pages: largest, starlight: true }, cwd: dir, dir, env: {} });
			} catch (error) {
				starlightError = (error as Error).message;
			}
		}
		const times = subjects.map(() => [] as number[]);
		const htmlFiles = subjects.map(() => 0);
		for (let run = 0; run < runs; run += 1) {
			for (const [index, { time, cwd, dir, env }] of subjects.entries()) {
				// Starlight is the yardstick, not the subject: if it cannot build, the rest is still measured.
				if (time.starlight && starlightError) continue;
				log(`  build: ${time.site}, run ${run + 1}/${runs}…`);
				const dist = join(dir, 'dist');
				rmSync(dist, { recursive: true, force: true });
				try {
					times[index]!.push(Math.round((await build(cwd, dist, env)) * 10) / 10);
				} catch (error) {
					if (!time.starlight) throw error;
					starlightError = (error as Error).message;
					continue;
				}
				log(`    ${times[index]!.at(-1)} s`);
				htmlFiles[index] = countHtmlFiles(dist);
			}
		}
		if (starlightError) log(`  build: Starlight not measured: ${starlightError.split('\n')[0]}`);
		const sites = subjects
			.map(({ time }, index) => ({ ...time, htmlFiles: htmlFiles[index]!, medianSeconds: median(times[index]!), runsSeconds: times[index]! }))
			.filter((site) => site.runsSeconds.length > 0 && !(site.starlight && starlightError));
		return {
			sites,
			ratio1000to100: ratio(sites),
			perPageMs: Object.fromEntries(sizes.map((pages) => [pages, perPageMs(sites, pages)])),
			ratioToStarlight: ratioToStarlight(sites),
			...(starlightError ? { starlightError } : {}),
		};
	} finally {
		for (const { dir } of subjects) rmSync(dir, { recursive: true, force: true });
	}
}
