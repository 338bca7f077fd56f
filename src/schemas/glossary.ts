import { z } from 'astro/zod';
import { entryReference, reviewedFields, strictObject, summarySchema, textSchema, withReviewOrder } from './common';

/** A spelling the site does not use, and the form to write instead. */
export function variantSchema() {
	return strictObject({
		wrong: textSchema('wrong', 'the spelling to avoid, for example "micro-needling".'),
		use: textSchema('use', 'the spelling to write instead, for example "microneedling".'),
	});
}

/**
 * A glossary term. `aliases` are other correct names for the same thing (collagen induction
 * therapy is microneedling), so every page treats them as one term. The one-sentence
 * `definition` is also the page's description, so it follows the summary's 50–160 rule.
 */
export function glossarySchema() {
	return withReviewOrder(
		strictObject({
			term: textSchema('term', 'the name the site uses for this term.'),
			aliases: z.array(z.string().trim().min(1)).default([]),
			abbreviation: z.string().trim().min(1).optional(),
			definition: summarySchema('definition'),
			related: z.array(entryReference('glossary')).default([]),
			variants: z.array(variantSchema()).default([]),
			...reviewedFields(),
		}),
	);
}

export type GlossaryTerm = z.infer<ReturnType<typeof glossarySchema>>;
