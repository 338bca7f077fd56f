/**
 * Build time: `astro build` (not Pagefind) of the real site, and of generated sites with 100 and
 * 1,000 FAQ entries added to a copy of content/ in a temporary folder (never content/ itself),
 * each the median of several runs, plus the ratio 1,000/100 (it should be about 10 or less).
 * Every build writes to a temporary folder, so dist/ is left as it is.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './util.ts';

/** The faq schema's topics (src/schemas/faq.ts, which needs Astro to load); a wrong one fails the build. */
export const topics = ['basics', 'treatment', 'results', 'safety', 'aftercare', 'choices'];

/** The file name and MDX of generated FAQ entry `index` (0-based): valid against the faq schema. */
export function faqEntry(index: number): { file: string; text: string } {
	const number = String(index + 1).padStart(4, '0');
	const topic = topics[index % topics.length]!;
	const text = `---
question: What does generated benchmark question ${number} ask?
topic: ${topic}
order: ${100 + index}
summary: A generated answer used only to time the build; it says nothing about microneedling itself.
lastReviewed: 2026-11-01
nextReview: 2027-11-01
sources: [aad-microneedling]
---
This answer was generated for the build benchmark, entry ${number}. It has a few plain sentences, as a real answer does.

Most answers on the site are two or three short paragraphs. This one is about the same length, so the build does similar work for it.

If your skin is still getting worse after a few days, contact your clinic.
`;
	return { file: `bench-${number}.mdx`, text };
}

/** Copies content/ into a new temporary folder and adds `count` generated FAQ entries. */
export function generateSite(contentDir: string, count: number): string {
	const dir = mkdtempSync(join(tmpdir(), `bench-site-${count}-`));
	const content = join(dir, 'content');
	cpSync(contentDir, content, { recursive: true });
	mkdirSync(join(content, 'faq'), { recursive: true });
	for (let index = 0; index < count; index += 1) {
		const { file, text } = faqEntry(index);
		writeFileSync(join(content, 'faq', file), text);
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

export interface BuildTime {
	site: string;
	/** Generated FAQ entries added (0 for the real site). */
	entries: number;
	medianSeconds: number;
	runsSeconds: number[];
}

export interface BuildReport {
	sites: BuildTime[];
	/** Median of the 1,000-entry build over the 100-entry build, when both ran. */
	ratio1000to100: number | null;
}

/** The 1,000/100 ratio, rounded to 0.01, or null when either is missing. */
export function ratio(sites: BuildTime[]): number | null {
	const of = (entries: number) => sites.find((site) => site.entries === entries)?.medianSeconds;
	const small = of(100);
	const large = of(1000);
	return small && large ? Math.round((large / small) * 100) / 100 : null;
}

export async function benchBuild(root: string, runs: number, sizes: number[] = [100, 1000], log: (line: string) => void = console.log): Promise<BuildReport> {
	const sites: BuildTime[] = [];
	for (const entries of [0, ...sizes]) {
		const dir = entries === 0 ? mkdtempSync(join(tmpdir(), 'bench-site-real-')) : generateSite(join(root, 'content'), entries);
		const contentDir = entries === 0 ? undefined : join(dir, 'content');
		const site = entries === 0 ? 'real site' : `+${entries} FAQ entries`;
		const times: number[] = [];
		try {
			for (let run = 0; run < runs; run += 1) {
				log(`  build: ${site}, run ${run + 1}/${runs}…`);
				rmSync(join(dir, 'dist'), { recursive: true, force: true });
				times.push(Math.round((await build(root, dir, contentDir)) * 10) / 10);
				log(`    ${times.at(-1)} s`);
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
		sites.push({ site, entries, medianSeconds: median(times), runsSeconds: times });
	}
	return { sites, ratio1000to100: ratio(sites) };
}
