/**
 * The pure parts of `tools/check-lighthouse.ts`: which pages are scored, which audits are set
 * aside (each with its reason), and how a Lighthouse result (LHR) becomes scores and failures.
 */

/** The categories that must score 100. Performance is left to `npm run bench`. */
export const categories = ['accessibility', 'best-practices', 'seo'] as const;

export interface Skip {
	audit: string;
	reason: string;
}

interface PageSpec {
	path: string;
	/** Audits not run on this page, each with why. */
	skips: Skip[];
}

const noindexOnPurpose = (what: string): Skip => ({
	audit: 'is-crawlable',
	reason: `${what} is noindex on purpose, so SEO's "page is blocked from indexing" audit fails by design`,
});

/** One page of each kind: home, a section, the FAQ index and a topic, glossary, aftercare, search with results, an embed. */
export const pages: PageSpec[] = [
	{ path: '/', skips: [] },
	{ path: '/side-effects/', skips: [] },
	{ path: '/faq/', skips: [] },
	{ path: '/faq/safety/', skips: [] },
	{ path: '/glossary/', skips: [] },
	{ path: '/aftercare/', skips: [] },
	{ path: '/search/?q=redness', skips: [noindexOnPurpose('search (results should not be indexed)')] },
	{ path: '/embed/faq/aftercare/', skips: [noindexOnPurpose('an embed (a framed copy of the FAQ should not be indexed)')] },
];

/** The parts of a Lighthouse result this check reads. */
export interface Lhr {
	categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string }>;
	runtimeError?: { code: string; message: string };
}

export interface Failure {
	page: string;
	category: string;
	audit: string;
	title: string;
}

export interface PageScores {
	page: string;
	/** Category id → score 0–100, or null when Lighthouse gave none. */
	scores: Record<string, number | null>;
	failures: Failure[];
	skipped: Skip[];
}

/**
 * Scores out of 100 per category, and every audit that pulls a category below 100: a weighted
 * audit that did not pass. Audits that are not applicable, manual or informative never count.
 */
export function summarise(lhr: Lhr, page: string, skipped: Skip[] = []): PageScores {
	const scores: Record<string, number | null> = {};
	const failures: Failure[] = [];
	for (const category of categories) {
		const result = lhr.categories[category];
		const score = result?.score ?? null;
		scores[category] = score === null ? null : Math.round(score * 100);
		if (score === 1) continue;
		for (const { id, weight } of result?.auditRefs ?? []) {
			const audit = lhr.audits[id];
			if (!audit || weight === 0 || audit.score === null || audit.score >= 1) continue;
			if (['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) continue;
			failures.push({ page, category, audit: id, title: audit.title });
		}
		if (result === undefined || score === null) {
			failures.push({
				page,
				category,
				audit: lhr.runtimeError?.code ?? 'no-score',
				title: lhr.runtimeError?.message ?? 'Lighthouse gave no score',
			});
		}
	}
	return { page, scores, failures, skipped };
}

/** Categories at 100 and below 100 (no score counts as below). */
export function countScores(results: PageScores[]): { perfect: number; below: number } {
	const all = results.flatMap(({ scores }) => Object.values(scores));
	const perfect = all.filter((score) => score === 100).length;
	return { perfect, below: all.length - perfect };
}

/** A plain-text table: one row per page, one column per category. */
export function scoreTable(results: PageScores[]): string {
	const width = Math.max(4, ...results.map(({ page }) => page.length));
	const header = ['page'.padEnd(width), ...categories.map((category) => category.padStart(14))].join(' ');
	const rows = results.map(({ page, scores }) =>
		[page.padEnd(width), ...categories.map((category) => String(scores[category] ?? '–').padStart(14))].join(' '),
	);
	return [header, ...rows].join('\n');
}
