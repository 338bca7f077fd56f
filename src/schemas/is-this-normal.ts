import { type Lang, sourceLang } from '../i18n/languages';
import { ui } from '../i18n/ui';
import { claimEntrySchema } from './citations';
import { entryReference, labelledEnum, orderSchema, textSchema } from './common';

/** The days after treatment the "Is this normal?" table has a column for, in order (src/i18n/ui.ts). */
export const daysAfter = ui(sourceLang).daysAfter;

export type DayAfter = keyof typeof daysAfter;

/** The words of a sign in the "Is this normal?" table, in `lang`; a translation restates these. */
export function isThisNormalText(lang: Lang) {
	return { sign: textSchema('sign', 'the sign as a reader would notice it, for example "Redness".', lang) };
}

/**
 * One sign in the "Is this normal?" table: expected on the first days, up to and including
 * `expectedThrough`, and after that (or on every day, when it is never expected) a warning sign,
 * whose urgency comes from `content/warning-signs.yaml` so the table and the sheets agree.
 */
export function isThisNormalSchema() {
	return claimEntrySchema({
		...isThisNormalText(sourceLang),
		order: orderSchema(),
		expectedThrough: labelledEnum('expectedThrough', daysAfter).optional(),
		otherwise: entryReference('warningSigns'),
		/** The side effect that explains the sign; without one, the answer links to the warning signs. */
		sideEffect: entryReference('sideEffects').optional(),
	});
}
