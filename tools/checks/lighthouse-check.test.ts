import { describe, expect, it } from 'vitest';
import { countScores, type Lhr, pages, scoreTable, summarise } from './lighthouse-check';

function fakeLhr(): Lhr {
	return {
		categories: {
			accessibility: {
				score: 0.93,
				auditRefs: [
					{ id: 'color-contrast', weight: 7 },
					{ id: 'label', weight: 7 },
					{ id: 'tabindex', weight: 0 },
					{ id: 'video-caption', weight: 10 },
				],
			},
			'best-practices': { score: 1, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
			seo: { score: 0.5, auditRefs: [{ id: 'is-crawlable', weight: 4.043 }] },
		},
		audits: {
			'color-contrast': {
				id: 'color-contrast',
				title: 'Background and foreground colors do not have a sufficient contrast ratio.',
				score: 0,
				scoreDisplayMode: 'binary',
			},
			label: { id: 'label', title: 'Form elements have associated labels', score: 1, scoreDisplayMode: 'binary' },
			tabindex: { id: 'tabindex', title: 'Some elements have a tabindex value greater than 0', score: 0, scoreDisplayMode: 'binary' },
			'video-caption': { id: 'video-caption', title: 'Video captions', score: null, scoreDisplayMode: 'notApplicable' },
			'errors-in-console': {
				id: 'errors-in-console',
				title: 'No browser errors logged to the console',
				score: 1,
				scoreDisplayMode: 'binary',
			},
			'is-crawlable': { id: 'is-crawlable', title: 'Page is blocked from indexing', score: 0, scoreDisplayMode: 'binary' },
		},
	};
}

describe('summarise', () => {
	it('gives scores out of 100 and names each weighted audit that failed, with its page', () => {
		const result = summarise(fakeLhr(), '/faq/');
		expect(result.scores).toEqual({ accessibility: 93, 'best-practices': 100, seo: 50 });
		expect(result.failures).toEqual([
			{
				page: '/faq/',
				category: 'accessibility',
				audit: 'color-contrast',
				title: 'Background and foreground colors do not have a sufficient contrast ratio.',
			},
			{ page: '/faq/', category: 'seo', audit: 'is-crawlable', title: 'Page is blocked from indexing' },
		]);
	});

	it('reports a category without a score as a failure', () => {
		const lhr = { ...fakeLhr(), runtimeError: { code: 'NO_FCP', message: 'The page did not paint' } };
		lhr.categories = { ...lhr.categories, seo: { score: null, auditRefs: [] } };
		const result = summarise(lhr, '/');
		expect(result.scores.seo).toBeNull();
		expect(result.failures.at(-1)).toEqual({ page: '/', category: 'seo', audit: 'NO_FCP', title: 'The page did not paint' });
	});
});

describe('countScores and scoreTable', () => {
	it('counts categories at 100 and below, and lays out one row per page', () => {
		const perfect = { page: '/', scores: { accessibility: 100, 'best-practices': 100, seo: 100 }, failures: [], skipped: [] };
		const results = [perfect, summarise(fakeLhr(), '/faq/')];
		expect(countScores(results)).toEqual({ perfect: 4, below: 2 });
		const table = scoreTable(results).split('\n');
		expect(table).toHaveLength(3);
		expect(table[2]).toMatch(/^\/faq\/\s+93\s+100\s+50$/);
	});
});

describe('pages', () => {
	it('skips only is-crawlable, and only on the two noindex pages', () => {
		const skipping = pages.filter(({ skips }) => skips.length > 0);
		expect(skipping.map(({ path }) => path)).toEqual(['/search/?q=redness', '/embed/faq/aftercare/']);
		expect(skipping.flatMap(({ skips }) => skips.map(({ audit }) => audit))).toEqual(['is-crawlable', 'is-crawlable']);
	});
});
