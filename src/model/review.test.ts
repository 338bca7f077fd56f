import { describe, expect, it } from 'vitest';
import { combinedReview, formatDate, toIsoDate } from './review';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('combinedReview', () => {
	it('takes the earliest last-reviewed and the earliest next-review date of all parts', () => {
		expect(
			combinedReview([
				{ lastReviewed: day('2026-11-20'), nextReview: day('2027-11-20') },
				{ lastReviewed: day('2026-05-01'), nextReview: day('2028-01-01') },
				{ lastReviewed: day('2026-10-01'), nextReview: day('2027-06-30') },
			]),
		).toEqual({ lastReviewed: day('2026-05-01'), nextReview: day('2027-06-30') });
	});

	it('refuses an empty list rather than inventing dates', () => {
		expect(() => combinedReview([])).toThrow('at least one');
	});
});

describe('formatDate and toIsoDate', () => {
	it('write dates for readers and for machines, in UTC', () => {
		expect(formatDate(day('2026-11-20'))).toBe('November 20, 2026');
		expect(toIsoDate(day('2027-01-05'))).toBe('2027-01-05');
	});
});
