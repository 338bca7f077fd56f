import { z } from 'astro/zod';
import { type Lang, sourceLang } from '../i18n/languages';
import { entryReference, orderSchema, reviewedFields, strictObject, summarySchema, textSchema, withReviewOrder } from './common';

/** The words of a part of the procedure page, in `lang`; a translation restates these and nothing else. */
export function procedureText(lang: Lang) {
	return { title: textSchema('title', 'the heading of this part.', lang), summary: summarySchema('summary', lang) };
}

/**
 * A part of the procedure page. `explainer` entries say what it is and how it works;
 * `step` entries are the treatment steps in order, each with an optional duration that
 * points at a figure in `content/facts.yaml`.
 */
export function procedureSchema() {
	const shared = {
		order: orderSchema(),
		...procedureText(sourceLang),
		...reviewedFields(),
	};
	return withReviewOrder(
		z.discriminatedUnion(
			'kind',
			[
				strictObject({ kind: z.literal('explainer'), ...shared }),
				strictObject({ kind: z.literal('step'), duration: entryReference('facts').optional(), ...shared }),
			],
			{ error: 'Set `kind` to "explainer" (what it is, how it works) or "step" (a treatment step).' },
		),
	);
}
