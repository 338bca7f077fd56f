import { z } from 'astro/zod';
import { entryReference, reviewDates, strictObject, textSchema, withReviewOrder } from './common';

/** The most words a quote may have: enough to show the claim, short enough to stay a quote. */
const maxQuoteWords = 40;

/** Counts words as a reader would: runs of characters between spaces. */
function countWords(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/** The source's own words, copied exactly, that support the claim. */
function quoteSchema() {
	const hint = `the source's own words (at most ${maxQuoteWords}), copied exactly, that support the claim. If no source says it, remove this citation and mark the claim \`basis: clinic-practice\`.`;
	return textSchema('quote', hint).refine((quote) => countWords(quote) <= maxQuoteWords, {
		error: (issue) =>
			`Shorten \`quote\` to ${maxQuoteWords} words or fewer (it has ${countWords(String(issue.input))}): keep only the words that support the claim, as one unbroken passage.`,
	});
}

/**
 * One citation: which source, its own words, and where in it they are. A reader sees the quote
 * beside the claim's source list and on the "How we know" page.
 */
export function citationSchema() {
	return strictObject({
		id: entryReference('sources'),
		quote: quoteSchema(),
		where: textSchema('where', 'where the quote is in the source: its section, table or page number, for example "Abstract, Results".'),
	});
}

export type Citation = z.infer<ReturnType<typeof citationSchema>>;

const citationFormat =
	"Cite each source as `{ id, quote, where }`: the id from content/sources.yaml, the source's own words (at most 40) that support the claim, and where they are in it (section, table or page).";

/** A list of citations; `min` is 1 where the claim must rest on a source. */
export function citationsSchema(min = 1) {
	return z
		.array(
			z
				.unknown()
				.superRefine((value, ctx) => {
					// A bare id is the old form; say how to write the new one instead of a type error.
					if (typeof value !== 'object' || value === null) ctx.addIssue({ code: 'custom', message: citationFormat });
				})
				.pipe(citationSchema()),
			{ error: citationFormat },
		)
		.min(min, { error: `Cite at least one source in \`sources\`. ${citationFormat}` });
}

/** What a claim that no source states rests on: what clinics commonly advise. */
export const clinicPractice = 'clinic-practice';

/**
 * The fields of a claim that either cites sources or is labelled as clinic practice, never
 * both and never neither. Add `withBasis` to the object schema to enforce that.
 */
export function basisFields() {
	return {
		sources: citationsSchema(0).optional(),
		basis: z.literal(clinicPractice, { error: `Set \`basis\` to "${clinicPractice}", or remove it and cite \`sources\`.` }).optional(),
	};
}

/** Requires exactly one of `sources` (non-empty) and `basis: clinic-practice`. */
export function withBasis<T extends z.ZodType<{ sources?: Citation[] | undefined; basis?: typeof clinicPractice | undefined }>>(schema: T) {
	return schema.superRefine((data, ctx) => {
		const cited = (data.sources?.length ?? 0) > 0;
		if (cited && data.basis) {
			ctx.addIssue({
				code: 'custom',
				path: ['basis'],
				message: 'Remove `basis: clinic-practice`: this claim cites sources, so it rests on them.',
			});
		}
		if (!cited && !data.basis) {
			ctx.addIssue({
				code: 'custom',
				path: ['sources'],
				message: `This claim rests on nothing yet. Cite the sources that state it in \`sources\`, each as \`{ id, quote, where }\` (the source's own words, at most 40). Or, if no source says it, mark it \`basis: ${clinicPractice}\` and word it on the page as what many clinics advise.`,
			});
		}
	});
}

/**
 * An entry that is one claim (a warning sign, a timing, a suitability entry): its own fields,
 * then sources or `basis: clinic-practice`, and review dates.
 */
export function claimEntrySchema<Shape extends z.ZodRawShape>(shape: Shape) {
	const schema = strictObject({ ...shape, ...basisFields(), ...reviewDates() });
	// The checks return the schema itself; TypeScript cannot see that through the generic shape.
	type Checked = z.ZodType<{
		lastReviewed: Date;
		nextReview: Date;
		sources?: Citation[] | undefined;
		basis?: typeof clinicPractice | undefined;
	}>;
	return withBasis(withReviewOrder(schema as unknown as Checked)) as unknown as typeof schema;
}
