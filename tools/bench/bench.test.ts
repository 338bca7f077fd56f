import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { findVocabularyCollisions } from '../../src/vocabulary/collisions.ts';
import { readGlossaryFiles } from '../../src/vocabulary/glossary-files.ts';
import { createTermMatcher } from '../../src/vocabulary/matcher.ts';
import { countHtmlFiles, generateSite, glossaryEntry, perPageMs, ratio, ratioToStarlight } from './build.ts';
import { journeyBudget, journeyPages, summariseClicks, summariseJourney } from './journey.ts';
import { medianRun, perfRun } from './lighthouse.ts';
import { starlightPackage, starlightPage } from './starlight.ts';
import { median, parseOptions, sections, table } from './util.ts';
import { budget, kindOf, pageTypes, summariseWeight } from './weights.ts';

// The glossary schema's references end in Astro's `reference()`, which only exists inside a
// build; a plain string stands in, while the schema's own check of ids against content/ still runs.
vi.mock('astro:content', () => ({ reference: () => z.string() }));
const { glossarySchema } = await import('../../src/schemas/glossary.ts');

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
	it('refuses an unknown option, a value for --files and a stray argument', () => {
		expect(() => parseOptions(['--speed'])).toThrow(/Unknown option '--speed'/);
		expect(() => parseOptions(['--files=yes'])).toThrow(/--files/);
		expect(() => parseOptions(['search'])).toThrow(/positional argument/);
	});
	it('takes a value after a space as well', () => {
		expect(parseOptions(['--only', 'build', '--runs', '2'])).toEqual({ only: ['build'], runs: 2, files: false });
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

describe('journey', () => {
	const visit = (path: string, bytes: number, textBytes = 0) => ({ name: path, path, bytes, textBytes, transfers: [{ path, status: 200, bytes }] });
	it('opens the seven pages of the issue, home first, each once', () => {
		expect(journeyPages.map((page) => page.path)).toEqual(['/', '/procedure/', '/side-effects/', '/faq/safety/', '/aftercare/', '/benefits/', '/glossary/']);
	});
	it('gives the first page and the mean of the others, against the budget', () => {
		const summary = summariseJourney([visit('/', 14_000, 9), visit('/a/', 9_000, 6_000), visit('/b/', 4_000, 3_000), visit('/c/', 4_001, 3_001)]);
		expect(summary).toMatchObject({ firstBytes: 14_000, nextMeanBytes: 5_667, nextMeanTextBytes: 4_000, pass: { first: true, next: true } });
		expect(summariseJourney([visit('/', journeyBudget.firstBytes + 1), visit('/a/', journeyBudget.nextMeanBytes + 1)]).pass).toEqual({
			first: false,
			next: false,
		});
	});
	it('counts no next page for a journey of one', () => {
		expect(summariseJourney([visit('/', 1)])).toMatchObject({ firstBytes: 1, nextMeanBytes: 0 });
	});
	it('takes each link’s median click to paint, with and without preloading, and the median of the links', () => {
		const run = (ms: number[], fetchedAhead: boolean) => [
			{ from: '/', to: '/a/', ms: ms[0]!, fetchedAhead },
			{ from: '/a/', to: '/b/', ms: ms[1]!, fetchedAhead },
			{ from: '/b/', to: '/c/', ms: ms[2]!, fetchedAhead },
		];
		const summary = summariseClicks(
			[run([100, 90, 80], true), run([120, 95, 70], true), run([110, 300, 75], true)],
			[run([300, 250, 260], false), run([280, 240, 270], false), run([290, 245, 265], false)],
		);
		expect(summary.rows).toEqual([
			{ from: '/', to: '/a/', withMs: 110, withoutMs: 290, fetchedAhead: true },
			{ from: '/a/', to: '/b/', withMs: 95, withoutMs: 245, fetchedAhead: true },
			{ from: '/b/', to: '/c/', withMs: 75, withoutMs: 265, fetchedAhead: true },
		]);
		expect(summary).toMatchObject({ withMs: 95, withoutMs: 265 });
	});
	it('says when a run clicked before the page was fetched ahead', () => {
		const summary = summariseClicks([[{ from: '/', to: '/a/', ms: 1, fetchedAhead: false }]], [[{ from: '/', to: '/a/', ms: 2, fetchedAhead: false }]]);
		expect(summary.rows[0]!.fetchedAhead).toBe(false);
	});
});

describe('build benchmark', () => {
	const frontmatter = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;
	it('generates glossary terms the glossary schema accepts, each with its own id and name', () => {
		const terms = Array.from({ length: 1000 }, (_, index) => glossaryEntry(index));
		expect(new Set(terms.map((term) => term.id)).size).toBe(1000);
		expect(new Set(terms.map((term) => term.term.toLowerCase())).size).toBe(1000);
		expect(terms[0]).toMatchObject({ id: 'benchmark-term-0001', file: 'benchmark-term-0001.mdx', term: 'Benchmark term 0001' });
		for (const term of [terms[0]!, terms[99]!, terms[999]!]) {
			const data = frontmatter(term.text);
			expect(data.term).toBe(term.term);
			const parsed = glossarySchema().safeParse(data);
			expect(parsed.error?.issues ?? []).toEqual([]);
			// An overdue entry makes the build warn and its page show a notice, which real pages do
			// not; the real glossary's dates pass on 2026-11-22, the day these figures were first
			// taken, and so must these.
			expect(parsed.data!.nextReview.getTime()).toBeGreaterThan(Date.parse('2026-11-22'));
			expect(term.text.split(/\n---\n/)[1]!.trim().split(/[.!?]\s/).length).toBeGreaterThanOrEqual(3);
		}
	});
	it('adds the terms to a copy of the content without a name clash, so each is its own page', () => {
		const dir = generateSite('content', 12);
		try {
			const real = readGlossaryFiles('content');
			const all = readGlossaryFiles(join(dir, 'content'));
			expect(all.length).toBe(real.length + 12);
			expect(findVocabularyCollisions(all.map((term) => ({ file: term.id, ...term })))).toEqual([]);
			// Each generated name finds only its own term, whole: "Benchmark term 0001" is not read
			// as part of another name, nor another name as part of it.
			const matcher = createTermMatcher(all);
			for (const term of all.filter((candidate) => candidate.id.startsWith('benchmark-term-'))) {
				expect(matcher.find(`About ${term.term}.`).map((mention) => [mention.id, mention.text])).toEqual([[term.id, term.term]]);
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
	it('counts the HTML files a build wrote', () => {
		const dist = mkdtempSync(join(tmpdir(), 'bench-count-'));
		try {
			mkdirSync(join(dist, 'glossary', 'collagen'), { recursive: true });
			for (const path of ['index.html', 'style.css', 'glossary/collagen/index.html']) writeFileSync(join(dist, path), '');
			expect(countHtmlFiles(dist)).toBe(2);
		} finally {
			rmSync(dist, { recursive: true, force: true });
		}
	});
	const site = (pages: number, medianSeconds: number, starlight = false) => ({ site: '', pages, starlight, htmlFiles: 0, medianSeconds, runsSeconds: [medianSeconds] });
	it('gives the 1,000/100 ratio when both ran', () => {
		expect(ratio([site(0, 20), site(100, 22), site(1000, 55)])).toBe(2.5);
		expect(ratio([site(0, 20)])).toBeNull();
	});
	it('gives what each added page cost over the real site, and the ratio to Starlight, never counting Starlight as the site', () => {
		const sites = [site(0, 6), site(100, 7.5), site(1000, 16), site(1000, 20, true)];
		expect(perPageMs(sites, 100)).toBe(15);
		expect(perPageMs(sites, 1000)).toBe(10);
		expect(perPageMs([site(100, 7.5)], 100)).toBeNull();
		expect(ratioToStarlight(sites)).toBe(0.8);
		expect(ratioToStarlight(sites.slice(0, 3))).toBeNull();
	});
	it('gives Starlight the same pages: the generated term’s name, definition and body', () => {
		const term = glossaryEntry(41);
		const page = starlightPage(term);
		expect(page.file).toBe('benchmark-term-0042.md');
		expect(frontmatter(page.text)).toEqual({ title: term.term, description: frontmatter(term.text).definition });
		expect(page.text.split(/\n---\n/)[1]).toBe(term.text.split(/\n---\n/)[1]);
	});
	it('pins Starlight and builds it with this site’s Astro', () => {
		expect(JSON.parse(starlightPackage('7.3.5')).dependencies).toEqual({ '@astrojs/starlight': '0.42', astro: '7.3.5' });
	});
});
