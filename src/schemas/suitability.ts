import { type Lang, sourceLang } from '../i18n/languages';
import { ui } from '../i18n/ui';
import { claimEntrySchema } from './citations';
import { labelledEnum, orderSchema, summarySchema, textSchema } from './common';

/** The three groups on the suitability page, in the order they appear (src/i18n/ui.ts). */
export const suitabilityGroups = ui(sourceLang).suitabilityGroups;

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
