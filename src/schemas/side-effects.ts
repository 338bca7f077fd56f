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

/** How often a side effect happens, most common first. */
export const frequencies = {
	common: 'Common',
	uncommon: 'Less common',
	rare: 'Rare',
} as const;

export type Frequency = keyof typeof frequencies;

/** One side effect, with how long it lasts and when to get help. */
export function sideEffectSchema() {
	return withReviewOrder(
		strictObject({
			title: textSchema('title', 'the side effect, for example "Redness".'),
			order: orderSchema(),
			summary: summarySchema(),
			typicalDuration: entryReference('facts'),
			frequency: labelledEnum('frequency', frequencies),
			seekCare: textSchema('seekCare', 'when a reader should contact their clinic or a doctor.'),
			...reviewedFields(),
		}),
	);
}

export type SideEffect = z.infer<ReturnType<typeof sideEffectSchema>>;
