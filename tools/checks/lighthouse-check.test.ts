import { describe, expect, it } from 'vitest';
import { bySkippedAudits, failingAudits, type Lhr, pages } from './lighthouse-check';

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

describe('failingAudits', () => {
	it('names each weighted audit that failed, and none of a category at 100', () => {
		expect(failingAudits(fakeLhr(), 'accessibility')).toEqual([
			{ audit: 'color-contrast', title: 'Background and foreground colors do not have a sufficient contrast ratio.' },
		]);
		expect(failingAudits(fakeLhr(), 'seo')).toEqual([{ audit: 'is-crawlable', title: 'Page is blocked from indexing' }]);
		expect(failingAudits(fakeLhr(), 'best-practices')).toEqual([]);
		expect(failingAudits(fakeLhr(), 'performance')).toEqual([]);
	});
});

describe('pages', () => {
	it('skips is-crawlable only on the noindex pages, and crawlable-anchors only on the embeds', () => {
		const skipping = pages.filter(({ skips }) => skips.length > 0);
		expect(skipping.map(({ path }) => path)).toEqual([
			'/search/?q=redness',
			'/embed/faq/aftercare/',
			'/es/buscar/?q=enrojecimiento',
			'/es/embed/faq/aftercare/',
		]);
		expect(skipping.flatMap(({ skips }) => skips.map(({ audit }) => audit))).toEqual([
			'is-crawlable',
			'is-crawlable',
			'crawlable-anchors',
			'is-crawlable',
			'is-crawlable',
			'crawlable-anchors',
		]);
	});

	it('scores the same kinds of page in Spanish as in English', () => {
		expect(pages.map(({ path }) => path)).toEqual(
			expect.arrayContaining(['/es/', '/es/efectos-secundarios/', '/es/preguntas/safety/', '/es/glosario/']),
		);
	});
});

describe('bySkippedAudits', () => {
	it('puts pages that set aside the same audits in one group, in order', () => {
		expect(bySkippedAudits(pages)).toEqual([
			{
				audits: [],
				paths: [
					'/',
					'/side-effects/',
					'/faq/',
					'/faq/safety/',
					'/glossary/',
					'/aftercare/',
					'/es/',
					'/es/efectos-secundarios/',
					'/es/preguntas/',
					'/es/preguntas/safety/',
					'/es/glosario/',
					'/es/cuidados-posteriores/',
				],
			},
			{ audits: ['is-crawlable'], paths: ['/search/?q=redness', '/es/buscar/?q=enrojecimiento'] },
			{ audits: ['crawlable-anchors', 'is-crawlable'], paths: ['/embed/faq/aftercare/', '/es/embed/faq/aftercare/'] },
		]);
	});
});
