/**
 * Lighthouse performance (mobile preset, the `performance` category only): score, LCP, TBT and
 * CLS for each page type, the median of several runs. Chromium and the server are shared with
 * `npm run check:lighthouse` (tools/system/static-server.ts).
 */
import lighthouse from 'lighthouse';
import { launchChrome } from '../system/static-server.ts';
import { median } from './util.ts';
import { pageTypes } from './weights.ts';

interface PerfRun {
	score: number | null;
	lcpMs: number | null;
	tbtMs: number | null;
	cls: number | null;
}

/** The parts of a Lighthouse result read here. */
interface PerfLhr {
	categories: Record<string, { score: number | null }>;
	audits: Record<string, { numericValue?: number }>;
}

/** Score out of 100 and the three metrics from one Lighthouse result. */
export function perfRun(lhr: PerfLhr): PerfRun {
	const score = lhr.categories.performance?.score;
	const metric = (id: string) => lhr.audits[id]?.numericValue ?? null;
	return {
		score: score === null || score === undefined ? null : Math.round(score * 100),
		lcpMs: metric('largest-contentful-paint'),
		tbtMs: metric('total-blocking-time'),
		cls: metric('cumulative-layout-shift'),
	};
}

/** The median of each figure over the runs that produced it (null if none did). */
export function medianRun(runs: PerfRun[]): PerfRun {
	const of = (key: keyof PerfRun) => {
		const values = runs.map((run) => run[key]).filter((value): value is number => value !== null);
		return values.length ? median(values) : null;
	};
	const cls = of('cls');
	const round = (value: number | null) => (value === null ? null : Math.round(value));
	return { score: of('score'), lcpMs: round(of('lcpMs')), tbtMs: round(of('tbtMs')), cls: cls === null ? null : Math.round(cls * 1000) / 1000 };
}

interface PerfResult extends PerfRun {
	name: string;
	path: string;
	runs: PerfRun[];
}

export async function benchLighthouse(chromePath: string, origin: string, runs: number, log: (line: string) => void = console.log): Promise<PerfResult[]> {
	const chrome = await launchChrome(chromePath);
	const results: PerfResult[] = [];
	try {
		for (const page of pageTypes) {
			const done: PerfRun[] = [];
			for (let run = 0; run < runs; run += 1) {
				log(`  lighthouse: ${page.path} run ${run + 1}/${runs}`);
				const runner = await lighthouse(`${origin}${page.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
				if (!runner) throw new Error(`Lighthouse returned nothing for ${page.path}`);
				done.push(perfRun(runner.lhr as unknown as PerfLhr));
			}
			results.push({ name: page.name, path: page.path, ...medianRun(done), runs: done });
		}
	} finally {
		chrome.kill();
	}
	return results;
}
