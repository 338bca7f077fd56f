import { z } from 'astro/zod';
import { entryReference, reviewedFields, strictObject, summarySchema, textSchema, withReviewOrder } from './common';

/** A spelling the site does not use, and the form to write instead. */
function variantSchema() {
	return strictObject({
		wrong: textSchema('wrong', 'the spelling to avoid, for example "micro-needling".'),
		use: textSchema('use', 'the spelling to write instead, for example "microneedling".'),
	});
}

/**
 * A glossary term. `aliases` are other correct names for the same thing (collagen induction
 * therapy is microneedling), so every page treats them as one term. `abbreviation` is a short
 * form that is spelled out at its first use on a page; it stands for the term unless
 * `abbreviationOf` names the alias it shortens (CIT stands for collagen induction therapy). The one-sentence
 * `definition` is also the page's description, so it follows the summary's 50–160 rule.
 */
export function glossarySchema() {
	return withReviewOrder(
		strictObject({
			term: textSchema('term', 'the name the site uses for this term.'),
			aliases: z.array(z.string().trim().min(1)).default([]),
			/**
			 * Everyday words and brand names readers type into search ("Dermapen", "cold sores"). They
			 * find the term in search only: no page shows, links or gives an address to them.
			 */
			searchNames: z
				.array(textSchema('searchNames', 'a word or brand name a reader may search for, for example "Dermapen".'), {
					error: 'Write `searchNames` as a list of words, for example [Dermapen, SkinPen].',
				})
				.default([]),
			abbreviation: z.string().trim().min(1).optional(),
			abbreviationOf: z.string().trim().min(1).optional(),
			definition: summarySchema('definition'),
			related: z.array(entryReference('glossary')).default([]),
			variants: z.array(variantSchema()).default([]),
			/** The side effect this term names: its page shows how often it happens from that entry. */
			sideEffect: entryReference('sideEffects').optional(),
			/**
			 * Everyday words for the term ("vitamin A" for retinoids). Aftercare steps, advice and the
			 * getting-ready step must use them wherever they use the term (the content check).
			 */
			plainWords: textSchema('plainWords', 'a few everyday words that say what the term means, for example "vitamin A".').optional(),
			...reviewedFields(),
		})
			.refine((data) => data.abbreviationOf === undefined || data.abbreviation !== undefined, {
				error: '`abbreviationOf` says what the abbreviation stands for: add `abbreviation`, or remove `abbreviationOf`.',
				path: ['abbreviationOf'],
			})
			.refine(
				(data) =>
					data.abbreviationOf === undefined ||
					[data.term, ...data.aliases].some((name) => name.toLowerCase() === data.abbreviationOf?.toLowerCase()),
				{
					error:
						'`abbreviationOf` must be the term or one of its aliases, written the same way (for example "collagen induction therapy").',
					path: ['abbreviationOf'],
				},
			),
	);
}

export type GlossaryTerm = z.infer<ReturnType<typeof glossarySchema>>;
