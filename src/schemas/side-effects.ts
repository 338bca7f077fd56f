import { type Lang, sourceLang } from '../i18n/languages';
import { ui } from '../i18n/ui';
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
import { frequencies } from './scales';
import { warningSignsSchema } from './warning-signs';

/** How often a side effect happens, on the site's one scale, with the sources that show it. */
function frequencySchema() {
	return strictObject({
		level: labelledEnum('level', frequencies),
		sources: citationsSchema(),
	});
}

/**
 * How long a side effect lasts, in the bands the side-effects chart draws. `varies` is for one
 * that lasts until it is treated (an infection), where a length would mislead. Labels: src/i18n/ui.ts.
 */
export const sideEffectDurations = ui(sourceLang).sideEffectDurations;

export type SideEffectDuration = keyof typeof sideEffectDurations;

/** The words of a side effect, in `lang`; a translation restates these and nothing else. */
export function sideEffectText(lang: Lang) {
	return { title: textSchema('title', 'the side effect, for example "Redness".', lang), summary: summarySchema('summary', lang) };
}

/** One side effect, with how long it lasts and when to get help. */
export function sideEffectSchema() {
	return withReviewOrder(
		strictObject({
			...sideEffectText(sourceLang),
			order: orderSchema(),
			/** How long it usually lasts; left out where waiting is not advice (an infection needs care). */
			typicalDuration: entryReference('facts').optional(),
			/** The band the chart draws it in: what the entry's own text says about how long it lasts. */
			lasts: labelledEnum('lasts', sideEffectDurations),
			frequency: frequencySchema(),
			warningSigns: warningSignsSchema(),
			...reviewedFields(),
		}),
	);
}
