/**
 * Content freshness: every reviewed entry names the date of its next review. Once that date has
 * passed, the build warns and goes on (an urgent fix must never wait for a review), the pages
 * showing the entry tell readers they are due for review, and the content check that `npm test`
 * runs fails until someone has reviewed the entry again. The check's "today" can be set with
 * `CONTENT_TODAY=YYYY-MM-DD`, so a test can prove it without waiting.
 */
import type { ContentProblem } from './integrity.ts';

/** An entry as the freshness check sees it: its file and its `nextReview` date. */
interface ReviewDue {
	file: string;
	nextReview: Date;
}

const dayMs = 24 * 60 * 60 * 1000;

/** A date as `YYYY-MM-DD` (UTC, as the content's dates are read). */
function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Midnight UTC of a date's day, so that the time of day never changes the answer. */
function startOfDay(date: Date): number {
	return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** Whole days from `nextReview` to `today`: 0 or less while the review is not yet overdue. */
function daysOverdue(nextReview: Date, today: Date): number {
	return Math.round((startOfDay(today) - startOfDay(nextReview)) / dayMs);
}

/** Whether a review date has passed. A review due today is not yet overdue. */
export function isReviewDue(nextReview: Date, today: Date): boolean {
	return daysOverdue(nextReview, today) > 0;
}

/**
 * The entries whose `nextReview` is before `today`, each as a problem naming its file and the
 * fix. An entry due today is not yet overdue.
 */
export function findOverdueEntries(entries: readonly ReviewDue[], today: Date): ContentProblem[] {
	return entries.flatMap(({ file, nextReview }) => {
		const days = daysOverdue(nextReview, today);
		if (days <= 0) return [];
		const ago = days === 1 ? '1 day ago' : `${days} days ago`;
		return [
			{
				file,
				field: 'nextReview',
				message: `due ${isoDay(nextReview)}, ${ago}. Review the entry, then set lastReviewed to today and nextReview to a later date.`,
			},
		];
	});
}

/**
 * The day the freshness check treats as today: `CONTENT_TODAY` when it is set (tests use it),
 * otherwise the real date. A value that is not a real `YYYY-MM-DD` date stops with the fix.
 */
export function contentToday(env: Record<string, string | undefined> = process.env, now: Date = new Date()): Date {
	const value = env.CONTENT_TODAY;
	if (value === undefined || value === '') return new Date(startOfDay(now));
	const date = new Date(`${value}T00:00:00Z`);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || isoDay(date) !== value) {
		throw new Error(
			`CONTENT_TODAY is "${value}": write it as a date in the form YYYY-MM-DD, for example 2026-11-22, or unset it to use today's date.`,
		);
	}
	return date;
}
