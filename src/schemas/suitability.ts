import { type Lang, sourceLang } from '../i18n/languages';
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
		...suitabilityText(sourceLang),
		group: labelledEnum('group', suitabilityGroups),
		order: orderSchema(),
	});
}

/** The words of a suitability entry, in `lang`; a translation restates these and nothing else. */
export function suitabilityText(lang: Lang) {
	return {
		title: textSchema('title', 'the situation, for example "Pregnancy or breastfeeding".', lang),
		summary: summarySchema('summary', lang),
		reason: textSchema('reason', 'why, in one or two plain sentences.', lang),
	};
}
