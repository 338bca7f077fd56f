import { describe, expect, it } from 'vitest';
import { formatReadabilityReport, medianGrade, readabilityReport } from './readability-report';

describe('medianGrade', () => {
	it('is the middle grade, the higher middle one for an even count, and 0 for none', () => {
		expect(medianGrade([7, 5, 6])).toBe(6);
		expect(medianGrade([5, 6, 7, 8])).toBe(7);
		expect(medianGrade([])).toBe(0);
	});
});

describe('readabilityReport', () => {
	it('passes when every page is at grade 8 or lower and the median at 7 or lower', () => {
		const report = readabilityReport([
			{ path: '/', grade: 6.1 },
			{ path: '/faq/', grade: 8 },
			{ path: '/about/', grade: 5.5 },
		]);
		expect(report).toMatchObject({ median: 6.1, overLimit: [], passes: true, limits: { page: 8, median: 7 } });
		expect(formatReadabilityReport(report)).toBe(
			[
				'Reading grades (Flesch-Kincaid US school grade; each page 8 or lower, the median 7 or lower):',
				'  6.1  /',
				'  8.0  /faq/',
				'  5.5  /about/',
				'Median 6.1 over 3 pages; every page is within the limit.',
			].join('\n'),
		);
	});

	it('fails on a page over grade 8 or a median over 7, and says which', () => {
		const report = readabilityReport([
			{ path: '/', grade: 7.5 },
			{ path: '/sources/', grade: 9.2 },
		]);
		expect(report.passes).toBe(false);
		expect(report.overLimit).toEqual([{ path: '/sources/', grade: 9.2 }]);
		const text = formatReadabilityReport(report);
		expect(text).toContain('  9.2  /sources/  (over the limit)');
		expect(text).toContain('Median 9.2 over 2 pages; 1 over grade 8; the median is over 7: shorten sentences');
	});
});
