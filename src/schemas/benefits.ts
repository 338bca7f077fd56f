import { type Lang, sourceLang } from '../i18n/languages';
import {
	entryReference,
	labelledEnum,
	orderSchema,
	reviewedFields,
	strictObject,
	summarySchema,
	textSchema,
	withReviewOrder,
} from './common';
import { citationsSchema } from './citations';
import { evidenceLevels } from './scales';

/**
 * How strong the evidence is, on the site's one scale, with the sources that show it. `missing`
 * is the message when `evidence` is left out.
 */
export function evidenceSchema(missing?: string) {
	return strictObject(
		{
			level: labelledEnum('level', evidenceLevels),
			sources: citationsSchema(),
		},
		missing,
	);
}

/** The words of a benefit, in `lang`; a translation restates these and nothing else. */
export function benefitText(lang: Lang) {
	return { title: textSchema('title', 'the concern, for example "Acne scars".', lang), summary: summarySchema('summary', lang) };
}

/** One concern microneedling may help with. */
export function benefitSchema() {
	return withReviewOrder(
		strictObject({
			...benefitText(sourceLang),
			order: orderSchema(),
			timeToResults: entryReference('facts'),
			evidence: evidenceSchema(),
			...reviewedFields(),
		}),
	);
}
