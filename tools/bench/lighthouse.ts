/**
 * Lighthouse performance (mobile preset, the `performance` category only): score, LCP, TBT and
 * CLS for each page type, the median of several runs. Run by Lighthouse CI, as
 * `npm run check:lighthouse` is (tools/system/lighthouse-ci.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectArgs, lhci, savedResults } from '../system/lighthouse-ci.ts';
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

/** The median figures of each page type over `runs` runs of `lhci collect`, performance only. */
export async function benchLighthouse(chromePath: string, origin: string, runs: number): Promise<PerfResult[]> {
	const dir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
	try {
		const urls = pageTypes.map((page) => `${origin}${page.path}`);
		const args = [...collectArgs(chromePath, urls), `--numberOfRuns=${runs}`, '--settings.onlyCategories=performance'];
		if ((await lhci('collect', args, dir)) !== 0) throw new Error('lhci collect failed: see its output above.');
		const lhrs = savedResults<PerfLhr & { requestedUrl: string }>(dir);
		return pageTypes.map((page, index) => {
			const done = lhrs.filter(({ requestedUrl }) => requestedUrl === urls[index]).map(perfRun);
			return { name: page.name, path: page.path, ...medianRun(done), runs: done };
		});
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
