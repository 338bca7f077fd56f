/**
 * The reading-grade report of the built site, shared by the end-to-end test
 * (`e2e/plain-language.spec.ts`) and `npm run grade`, so both measure the same text the same
 * way and print the same figures.
 */

/** Body text is held to US grade 8 or lower on every page, and 7 or lower for the median page. */
export const gradeLimits = { page: 8, median: 7 } as const;

/** One page's reading grade. */
export interface PageGrade {
	path: string;
	grade: number;
}

/** Every page's grade, the median and the pages over the limit. */
export interface ReadabilityReport {
	limits: typeof gradeLimits;
	median: number;
	pages: PageGrade[];
	overLimit: PageGrade[];
	/** Every page at or under its limit, and the median at or under its own. */
	passes: boolean;
}

/**
 * The text readers see in a page's article, without the review dates and the source lists
 * (`data-citations`), which are citations rather than prose, and without drawings and link lists.
 * It runs in the browser on the live page: `innerText` needs layout to keep line breaks, which
 * count as sentence ends. It removes those parts from the page, so grade a page last.
 */
export function articleText(article: HTMLElement): string {
	for (const node of article.querySelectorAll('.review-dates, [data-citations], svg, nav')) node.remove();
	return article.innerText;
}

/** The middle grade (the higher of the two middle ones for an even count); 0 for no pages. */
export function medianGrade(grades: readonly number[]): number {
	const sorted = [...grades].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The report for a list of page grades, in the order given. */
export function readabilityReport(pages: readonly PageGrade[]): ReadabilityReport {
	const median = medianGrade(pages.map((page) => page.grade));
	const overLimit = pages.filter((page) => page.grade > gradeLimits.page);
	return {
		limits: gradeLimits,
		median,
		pages: [...pages],
		overLimit,
		passes: overLimit.length === 0 && median <= gradeLimits.median,
	};
}

/** The report as printed: one line per page, then the median and the verdict. */
export function formatReadabilityReport(report: ReadabilityReport): string {
	const lines = report.pages.map((page) => `${page.grade.toFixed(1).padStart(5)}  ${page.path}${page.grade > report.limits.page ? '  (over the limit)' : ''}`);
	const verdict = report.passes
		? 'every page is within the limit.'
		: [
				report.overLimit.length > 0 ? `${report.overLimit.length} over grade ${report.limits.page}` : '',
				report.median > report.limits.median ? `the median is over ${report.limits.median}` : '',
			]
				.filter(Boolean)
				.join('; ') + ': shorten sentences and use everyday words (content/README.md, "How we write").';
	return [
		`Reading grades (Flesch-Kincaid US school grade; each page ${report.limits.page} or lower, the median ${report.limits.median} or lower):`,
		...lines,
		`Median ${report.median.toFixed(1)} over ${report.pages.length} pages; ${verdict}`,
	].join('\n');
}
