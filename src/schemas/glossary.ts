import { z } from 'astro/zod';
import { type Lang, sourceLang } from '../i18n/languages';
import { entryReference, reviewedFields, strictObject, summarySchema, textSchema, withReviewOrder } from './common';

/** A spelling the site does not use, and the form to write instead. */
function variantSchema() {
	return strictObject({
		wrong: textSchema('wrong', 'the spelling to avoid, for example "micro-needling".'),
		use: textSchema('use', 'the spelling to write instead, for example "microneedling".'),
	});
}

/** The names and words of a term, in `lang`; a translation restates these and nothing else. */
export function glossaryText(lang: Lang) {
	return {
		term: textSchema('term', 'the name the site uses for this term.', lang),
		aliases: z.array(z.string().trim().min(1)).default([]),
		/**
		 * Everyday words and brand names readers type into search ("Dermapen", "cold sores"). They
		 * find the term in search only: no page shows, links or gives an address to them.
		 */
		searchNames: z
			.array(textSchema('searchNames', 'a word or brand name a reader may search for, for example "Dermapen".', lang), {
				error: 'Write `searchNames` as a list of words, for example [Dermapen, SkinPen].',
			})
			.default([]),
		abbreviation: z.string().trim().min(1).optional(),
		abbreviationOf: z.string().trim().min(1).optional(),
		definition: summarySchema('definition', lang),
		variants: z.array(variantSchema()).default([]),
		/**
		 * Everyday words for the term ("vitamin A" for retinoids). Aftercare steps, advice and the
		 * getting-ready step must use them wherever they use the term (the content check).
		 */
		plainWords: textSchema('plainWords', 'a few everyday words that say what the term means, for example "vitamin A".', lang).optional(),
	};
}

/** An abbreviation stands for the term, or for the alias `abbreviationOf` names: checked in every language. */
export function withAbbreviationChecks<
	T extends z.ZodType<{ term: string; aliases: string[]; abbreviation?: string | undefined; abbreviationOf?: string | undefined }>,
>(schema: T) {
	return schema
		.refine((data) => data.abbreviationOf === undefined || data.abbreviation !== undefined, {
			error: '`abbreviationOf` says what the abbreviation stands for: add `abbreviation`, or remove `abbreviationOf`.',
			path: ['abbreviationOf'],
		})
		.refine(
			(data) =>
				data.abbreviationOf === undefined ||
				[data.term, ...data.aliases].some((name) => name.toLowerCase() === data.abbreviationOf?.toLowerCase()),
			{
				error: '`abbreviationOf` must be the term or one of its aliases, written the same way (for example "collagen induction therapy").',
				path: ['abbreviationOf'],
			},
		);
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
		withAbbreviationChecks(
			strictObject({
				...glossaryText(sourceLang),
				related: z.array(entryReference('glossary')).default([]),
				/** The side effect this term names: its page shows how often it happens from that entry. */
				sideEffect: entryReference('sideEffects').optional(),
				...reviewedFields(),
			}),
		),
	);
}

export type GlossaryTerm = z.infer<ReturnType<typeof glossarySchema>>;
