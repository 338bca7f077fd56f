import { z } from 'astro/zod';
import { type Lang, sourceLang } from '../i18n/languages';
import { claimEntrySchema } from './citations';
import { entryReference, labelledEnum, textSchema } from './common';
import { urgencies } from './scales';

/**
 * A sign after treatment that needs help, with how soon: written once in
 * `content/warning-signs.yaml`, so a sign has the same urgency on every page and sheet.
 */
export function warningSignSchema() {
	return claimEntrySchema({
		...warningSignText(sourceLang),
		urgency: labelledEnum('urgency', urgencies),
	});
}

/** The words of a warning sign, in `lang`; a translation restates these and nothing else. */
export function warningSignText(lang: Lang) {
	return { sign: textSchema('sign', 'the sign as a patient would notice it, for example "Pus, or crusts that weep".', lang) };
}

/** The warning signs an entry lists, by id; each is shown with its urgency. */
export function warningSignsSchema() {
	return z
		.array(entryReference('warningSigns'), {
			error: 'List `warningSigns` as ids from content/warning-signs.yaml, for example [spreading-redness, fever].',
		})
		.min(1, {
			error: 'List at least one id from content/warning-signs.yaml in `warningSigns`: the signs that mean a reader should get help.',
		});
}
