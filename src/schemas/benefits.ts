import { z } from 'astro/zod';
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

/** How strong the evidence is for a benefit; shown on the page next to the claim. */
export const evidenceLevels = {
	established: 'Good evidence',
	emerging: 'Some evidence',
	anecdotal: 'Little evidence',
} as const;

export type EvidenceLevel = keyof typeof evidenceLevels;

/** One concern microneedling may help with. */
export function benefitSchema() {
	return withReviewOrder(
		strictObject({
			title: textSchema('title', 'the concern, for example "Acne scars".'),
			order: orderSchema(),
			summary: summarySchema(),
			timeToResults: entryReference('facts'),
			evidence: labelledEnum('evidence', evidenceLevels),
			...reviewedFields(),
		}),
	);
}

export type Benefit = z.infer<ReturnType<typeof benefitSchema>>;
