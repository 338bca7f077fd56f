import { z } from 'astro/zod';
import {
	orderSchema,
	reviewedFields,
	strictObject,
	summarySchema,
	textSchema,
	withReviewOrder,
} from './common';

/** The three groups on the suitability page, in the order they appear. */
export const suitabilityGroups = {
	suits: 'Who it may suit',
	wait: 'Who should wait',
	avoid: 'Who should not have it',
} as const;

export type SuitabilityGroup = keyof typeof suitabilityGroups;

const groupNames = Object.keys(suitabilityGroups) as [SuitabilityGroup, ...SuitabilityGroup[]];

/** One situation that makes microneedling suitable, a reason to wait, or a reason not to have it. */
export function suitabilitySchema() {
	return withReviewOrder(
		strictObject({
			title: textSchema('title', 'the situation, for example "Pregnancy or breastfeeding".'),
			group: z.enum(groupNames, {
				error: (issue) => `Unknown group "${String(issue.input)}". Use one of: ${groupNames.join(', ')}.`,
			}),
			order: orderSchema(),
			summary: summarySchema(),
			reason: textSchema('reason', 'why, in one or two plain sentences.'),
			...reviewedFields(),
		}),
	);
}

export type Suitability = z.infer<ReturnType<typeof suitabilitySchema>>;
