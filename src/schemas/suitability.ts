import { claimEntrySchema } from './citations';
import { labelledEnum, orderSchema, summarySchema, textSchema } from './common';

/** The three groups on the suitability page, in the order they appear. */
export const suitabilityGroups = {
	suits: 'Who it may suit',
	wait: 'Who should wait',
	avoid: 'Who should not have it',
} as const;

export type SuitabilityGroup = keyof typeof suitabilityGroups;

/** One situation that makes microneedling suitable, a reason to wait, or a reason not to have it. */
export function suitabilitySchema() {
	return claimEntrySchema({
		title: textSchema('title', 'the situation, for example "Pregnancy or breastfeeding".'),
		group: labelledEnum('group', suitabilityGroups),
		order: orderSchema(),
		summary: summarySchema(),
		reason: textSchema('reason', 'why, in one or two plain sentences.'),
	});
}
