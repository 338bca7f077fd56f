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

/** One concern microneedling may help with. */
export function benefitSchema() {
	return withReviewOrder(
		strictObject({
			title: textSchema('title', 'the concern, for example "Acne scars".'),
			order: orderSchema(),
			summary: summarySchema(),
			timeToResults: entryReference('facts'),
			evidence: evidenceSchema(),
			...reviewedFields(),
		}),
	);
}
