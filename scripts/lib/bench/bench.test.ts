import { describe, expect, it } from 'vitest';
import { faqEntry, ratio, topics } from './build.ts';
import { medianRun, perfRun } from './lighthouse.ts';
import { median, parseOptions, sections, table } from './util.ts';
import { budget, kindOf, pageTypes, summariseWeight } from './weights.ts';

describe('parseOptions', () => {
	it('runs every section by default, in report order', () => {
		expect(parseOptions([])).toEqual({ only: [...sections], runs: undefined, files: false });
	});
	it('reads --only, --runs and --files', () => {
		expect(parseOptions(['--only=search,weights', '--runs=1', '--files'])).toEqual({ only: ['weights', 'search'], runs: 1, files: true });
	});
	it('names an unknown section and a bad run count', () => {
		expect(() => parseOptions(['--only=speed'])).toThrow(/Unknown section "speed"/);
		expect(() => parseOptions(['--runs=0'])).toThrow(/--runs/);
		expect(() => parseOptions(['--runs=x'])).toThrow(/--runs/);
	});
});

describe('median', () => {
	it('takes the middle value, or the mean of the two middle ones', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
		expect(median([])).toBeNaN();
	});
});

describe('table', () => {
	it('pads columns to their widest cell', () => {
		expect(table(['a', 'bb'], [['ccc', 'd']])).toBe('a    bb\n---  --\nccc  d');
	});
});

describe('page weight', () => {
	it('sorts files by kind', () => {
		expect(kindOf('document', '/faq/')).toBe('html');
		expect(kindOf('stylesheet', '/a.css')).toBe('css');
		expect(kindOf('script', '/_astro/x.js')).toBe('js');
		expect(kindOf('image', '/favicon.svg')).toBe('other');
	});
	const content = pageTypes.find((page) => page.path === '/faq/')!;
	it('passes a content page within budget and without JS, counting only HTML, CSS and JS', () => {
		const weight = summariseWeight(content, [
			{ path: '/faq/', kind: 'html', raw: 60_000, gzip: 15_000 },
			{ path: '/favicon.svg', kind: 'other', raw: 90_000, gzip: 90_000 },
		]);
		expect(weight).toMatchObject({ totalGzip: 15_000, totalRaw: 60_000, scripts: [], pass: true });
	});
	it('fails a content page over budget or loading JS', () => {
		expect(summariseWeight(content, [{ path: '/faq/', kind: 'html', raw: 1, gzip: budget.gzipBytes + 1 }]).pass).toBe(false);
		expect(
			summariseWeight(content, [
				{ path: '/faq/', kind: 'html', raw: 1, gzip: 1 },
				{ path: '/_astro/a.js', kind: 'js', raw: 1, gzip: 1 },
			]),
		).toMatchObject({ pass: false, scripts: ['/_astro/a.js'] });
	});
	it('does not judge the search page', () => {
		const search = pageTypes.find((page) => page.path === '/search/')!;
		expect(summariseWeight(search, [{ path: '/_astro/s.js', kind: 'js', raw: 1, gzip: 1 }]).pass).toBeNull();
	});
});

describe('lighthouse figures', () => {
	const lhr = (score: number | null, lcp: number, cls: number) => ({
		categories: { performance: { score } },
		audits: {
			'largest-contentful-paint': { numericValue: lcp },
			'total-blocking-time': { numericValue: 0 },
			'cumulative-layout-shift': { numericValue: cls },
		},
	});
	it('reads the score out of 100 and the three metrics', () => {
		expect(perfRun(lhr(0.984, 1234.5, 0.01))).toEqual({ score: 98, lcpMs: 1234.5, tbtMs: 0, cls: 0.01 });
		expect(perfRun({ categories: {}, audits: {} })).toEqual({ score: null, lcpMs: null, tbtMs: null, cls: null });
	});
	it('takes the median of each figure', () => {
		const runs = [lhr(1, 900, 0), lhr(0.9, 1500.4, 0.1), lhr(0.95, 1200.6, 0.0004)].map(perfRun);
		expect(medianRun(runs)).toEqual({ score: 95, lcpMs: 1201, tbtMs: 0, cls: 0 });
	});
});

describe('build benchmark', () => {
	it('generates valid-looking FAQ entries with unique questions and known topics', () => {
		const entries = Array.from({ length: 12 }, (_, index) => faqEntry(index));
		expect(new Set(entries.map((entry) => entry.file)).size).toBe(12);
		const questions = entries.map((entry) => entry.text.match(/^question: (.*)$/m)![1]!);
		expect(new Set(questions).size).toBe(12);
		for (const question of questions) expect(question).toMatch(/\?$/);
		for (const entry of entries) {
			expect(topics).toContain(entry.text.match(/^topic: (.*)$/m)![1]);
			const summary = entry.text.match(/^summary: (.*)$/m)![1]!;
			expect(summary.length).toBeGreaterThanOrEqual(50);
			expect(summary.length).toBeLessThanOrEqual(160);
		}
		expect(faqEntry(0).file).toBe('bench-0001.mdx');
	});
	it('gives the 1,000/100 ratio when both ran', () => {
		const site = (entries: number, medianSeconds: number) => ({ site: '', entries, medianSeconds, runsSeconds: [medianSeconds] });
		expect(ratio([site(0, 20), site(100, 22), site(1000, 55)])).toBe(2.5);
		expect(ratio([site(0, 20)])).toBeNull();
	});
});
