/** Anything that carries review dates: a page or one of the entries shown on it. */
interface Reviewed {
	lastReviewed: Date;
	nextReview: Date;
}

/**
 * The review dates of a page made of several entries. The page is only as fresh as its
 * oldest part, so it shows the earliest "last reviewed" and the earliest "next review due".
 */
export function combinedReview(items: readonly Reviewed[]): Reviewed {
	if (items.length === 0) throw new Error('combinedReview needs at least one reviewed item.');
	const earliest = (dates: Date[]) => new Date(Math.min(...dates.map((date) => date.getTime())));
	return {
		lastReviewed: earliest(items.map((item) => item.lastReviewed)),
		nextReview: earliest(items.map((item) => item.nextReview)),
	};
}

// Made once: a formatter is slow to make, and every page formats its dates.
const readersDate = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as readers in the US see it: "November 20, 2026". */
export function formatDate(date: Date): string {
	return readersDate.format(date);
}

/** A date as `YYYY-MM-DD`, the form schema.org and `<time datetime>` expect. */
export function toIsoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
