import { describe, expect, it } from 'vitest';
import { contentToday, findOverdueEntries, isReviewDue } from './freshness';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('findOverdueEntries', () => {
	it('reports an entry whose next review has passed, with the file, the field, the days and the fix', () => {
		expect(findOverdueEntries([{ file: 'content/faq/x.mdx', nextReview: day('2026-10-01') }], day('2026-11-22'))).toEqual([
			{
				file: 'content/faq/x.mdx',
				field: 'nextReview',
				message: 'due 2026-10-01, 52 days ago. Review the entry, then set lastReviewed to today and nextReview to a later date.',
			},
		]);
	});

	it('leaves an entry due today or later alone', () => {
		const entries = [
			{ file: 'a.mdx', nextReview: day('2026-11-22') },
			{ file: 'b.mdx', nextReview: day('2027-11-20') },
		];
		expect(findOverdueEntries(entries, day('2026-11-22'))).toEqual([]);
	});

	it('says "1 day ago" the day after, whatever the time of day', () => {
		const [problem] = findOverdueEntries([{ file: 'a.mdx', nextReview: day('2026-11-21') }], new Date('2026-11-22T23:59:00Z'));
		expect(problem?.message).toMatch(/^due 2026-11-21, 1 day ago\./);
	});

	it('lists every overdue entry, in the order given', () => {
		const entries = [
			{ file: 'a.mdx', nextReview: day('2026-01-01') },
			{ file: 'b.mdx', nextReview: day('2030-01-01') },
			{ file: 'c.mdx', nextReview: day('2026-11-01') },
		];
		expect(findOverdueEntries(entries, day('2026-11-22')).map((problem) => problem.file)).toEqual(['a.mdx', 'c.mdx']);
	});
});

describe('isReviewDue', () => {
	it('is true from the day after the review date, whatever the time of day, and never before', () => {
		expect(isReviewDue(day('2027-11-20'), day('2027-11-19'))).toBe(false);
		expect(isReviewDue(day('2027-11-20'), new Date('2027-11-20T23:59:00Z'))).toBe(false);
		expect(isReviewDue(day('2027-11-20'), new Date('2027-11-21T00:01:00Z'))).toBe(true);
	});
});

describe('contentToday', () => {
	it('is the real date (midnight UTC) when CONTENT_TODAY is not set', () => {
		expect(contentToday({}, new Date('2026-11-22T15:30:00Z'))).toEqual(day('2026-11-22'));
		expect(contentToday({ CONTENT_TODAY: '' }, new Date('2026-11-22T15:30:00Z'))).toEqual(day('2026-11-22'));
	});

	it('is CONTENT_TODAY when it is set', () => {
		expect(contentToday({ CONTENT_TODAY: '2028-01-31' })).toEqual(day('2028-01-31'));
	});

	it('refuses a CONTENT_TODAY that is not a real date, with the form to use', () => {
		for (const value of ['tomorrow', '2026-13-01', '2026-02-30', '22/11/2026']) {
			expect(() => contentToday({ CONTENT_TODAY: value })).toThrow(
				`CONTENT_TODAY is "${value}": write it as a date in the form YYYY-MM-DD`,
			);
		}
	});
});
