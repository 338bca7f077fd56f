import { z } from 'astro/zod';
import { type Lang, sourceLang } from '../i18n/languages';
import { entryReference, reviewedFields, strictObject, summarySchema, textSchema, withReviewOrder } from './common';
import { citationsSchema } from './citations';
import { warningSignsSchema } from './warning-signs';

/**
 * The health aspects of schema.org's `HealthTopicContent`; each page says which ones it
 * covers, and the JSON-LD `hasPart` lists them.
 */
export const healthAspects = [
	'Overview',
	'HowItWorks',
	'Benefits',
	'SideEffects',
	'RisksOrComplications',
	'SeeDoctor',
	'SelfCare',
	// The other choices a reader has, such as the options page compares.
	'Treatments',
] as const;

export type HealthAspect = (typeof healthAspects)[number];

/** The words of a page, in `lang`; a translation restates these and nothing else. */
export function pageText(lang: Lang) {
	return {
		title: textSchema('title', 'the page heading (the h1).', lang),
		navLabel: z.string().trim().min(1).optional(),
		summary: summarySchema('summary', lang),
	};
}

/** A page's own frontmatter: its title, description, review dates and introduction (the MDX body). */
export function pageSchema() {
	return withReviewOrder(
		strictObject({
			...pageText(sourceLang),
			healthAspects: z
				.array(
					z.enum(healthAspects, {
						error: (issue) => `Unknown health aspect "${String(issue.input)}". Use one of: ${healthAspects.join(', ')}.`,
					}),
				)
				.default([]),
			/** FAQ answers the page shows in full (the decision sheet's questions): their claims link here too. */
			showsAnswers: z.array(entryReference('faq')).optional(),
			/** The signs that need help, with their urgency: a printed sheet made from the page ends with them. */
			warningSigns: warningSignsSchema().optional(),
			...reviewedFields(),
			// A page may make no medical claim of its own (for clinics, about): its parts cite theirs.
			sources: citationsSchema(0).default([]),
		}),
	);
}
