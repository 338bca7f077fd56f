/**
 * The pure parts of `tools/check-lighthouse.ts`, where Lighthouse CI runs and asserts
 * (tools/lighthouserc.yml): which pages are scored, which audits are set aside on which page
 * (each with its reason), and which audits pulled a category below 100.
 */

import { type Lang, languages } from '../../src/i18n/languages.ts';
import { localizePath } from '../../src/i18n/routes.ts';

interface Skip {
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

/** One page of each kind, by its English address; a search page has a query in each language. */
interface PageKind extends PageSpec {
	query?: Record<Lang, string>;
}

const pageKinds: PageKind[] = [
	{ path: '/', skips: [] },
	{ path: '/side-effects/', skips: [] },
	{ path: '/faq/', skips: [] },
	{ path: '/faq/safety/', skips: [] },
	{ path: '/glossary/', skips: [] },
	{ path: '/aftercare/', skips: [] },
	{
		path: '/search/',
		query: { en: 'redness', es: 'enrojecimiento' },
		skips: [noindexOnPurpose('search (results should not be indexed)')],
	},
	{
		path: '/embed/faq/aftercare/',
		skips: [
			noindexOnPurpose('an embed (a framed copy of the FAQ should not be indexed)'),
			{
				audit: 'crawlable-anchors',
				reason:
					"the clinic's contact link is an <a> without href until the embed's script gives it the clinic's address; Lighthouse 12.1, the one lhci 0.14 runs, fails such a placeholder, which Lighthouse 13 passes as the HTML standard asks",
			},
		],
	},
];

/** Home, a section, the FAQ index and a topic, glossary, aftercare, search with results and an embed, in every language. */
export const pages: PageSpec[] = (Object.keys(languages) as Lang[]).flatMap((lang) =>
	pageKinds.map(({ path, query, skips }) => ({
		path: `${localizePath(path, lang)}${query ? `?q=${encodeURIComponent(query[lang])}` : ''}`,
		skips,
	})),
);

/** Pages grouped by the audits they set aside, in first-seen order: `lhci collect` gives all its pages one set of settings. */
export function bySkippedAudits(list: PageSpec[]): { audits: string[]; paths: string[] }[] {
	const groups = new Map<string, { audits: string[]; paths: string[] }>();
	for (const { path, skips } of list) {
		const audits = skips.map(({ audit }) => audit).sort();
		const group = groups.get(audits.join(',')) ?? { audits, paths: [] };
		group.paths.push(path);
		groups.set(audits.join(','), group);
	}
	return [...groups.values()];
}

/** The parts of a Lighthouse result this check reads. */
export interface Lhr {
	finalUrl?: string;
	categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string }>;
}

/**
 * The audits that pull a category below 100: weighted audits that did not pass. Audits that are
 * not applicable, manual or informative never count.
 */
export function failingAudits(lhr: Lhr, category: string): { audit: string; title: string }[] {
	return (lhr.categories[category]?.auditRefs ?? []).flatMap(({ id, weight }) => {
		const audit = lhr.audits[id];
		if (!audit || weight === 0 || audit.score === null || audit.score >= 1) return [];
		if (['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) return [];
		return [{ audit: id, title: audit.title }];
	});
}
