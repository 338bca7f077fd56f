import { z } from 'astro/zod';
import type { Lang } from '../i18n/languages';
import type { TranslatedCollection } from '../model/files';
import { adviceText } from './advice';
import { aftercarePhaseText, aftercareStepText } from './aftercare';
import { benefitText } from './benefits';
import { strictObject } from './common';
import { factText } from './facts';
import { faqText } from './faq';
import { glossaryText, withAbbreviationChecks } from './glossary';
import { isThisNormalText } from './is-this-normal';
import { moreHelpText } from './more-help';
import { downtimeText, noTreatmentText, optionText, sessionsText, treatmentText } from './options';
import { pageText } from './pages';
import { procedureText } from './procedure';
import { scaleText } from './scales';
import { sideEffectText } from './side-effects';
import { suitabilityText } from './suitability';
import { warningSignText } from './warning-signs';

/**
 * Which version of the English entry a translation restates: the first twelve hex digits of the
 * hash of the English words (`tools/translations.ts` prints and stamps it). When the English words
 * change, the hash does too, and the translation is listed as out of date.
 */
function translatesSchema() {
	return z
		.string({
			error:
				'Add `translates`: the version of the English entry this restates. Run `npm run translations -- --stamp <this file>` once it says what the English says.',
		})
		.regex(/^[0-9a-f]{12}$/, {
			error:
				'`translates` is not a version: run `npm run translations -- --stamp <this file>` once the translation says what the English says.',
		});
}

/** A translation of an entry: its words in `lang`, and the version of the English it restates. */
function translation<Shape extends z.ZodRawShape>(shape: Shape) {
	return strictObject({ translates: translatesSchema(), ...shape });
}

/** Each field of a shape made optional: a translation has a field where its English entry has one. */
function optional<Shape extends Record<string, z.ZodType>>(shape: Shape) {
	return Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, field.optional()])) as {
		[Key in keyof Shape]: z.ZodOptional<Shape[Key]>;
	};
}

/**
 * The schema of each collection's translation: the words of the English entry and nothing else.
 * Ids, levels, references, dates and sources belong to the English entry, and the translation
 * shows them from there; the text fields are the ones the English schema builds with the same
 * functions, so a rule on a field holds in both languages.
 */
export function translationSchemas(lang: Lang) {
	return {
		facts: translation(factText(lang)),
		advice: translation(adviceText(lang)),
		scales: translation(scaleText(lang)),
		warningSigns: translation(warningSignText(lang)),
		isThisNormal: translation(isThisNormalText(lang)),
		moreHelp: translation(moreHelpText(lang)),
		pages: translation(pageText(lang)),
		procedure: translation(procedureText(lang)),
		benefits: translation(benefitText(lang)),
		sideEffects: translation(sideEffectText(lang)),
		suitability: translation(suitabilityText(lang)),
		aftercare: translation({
			...aftercarePhaseText(lang),
			steps: z.array(strictObject(aftercareStepText(lang))).min(1, { error: 'Give every step of the English phase, by its id.' }),
		}),
		faq: translation(faqText(lang)),
		glossary: withAbbreviationChecks(translation(glossaryText(lang))),
		options: translation({
			...optionText(lang),
			...optional(treatmentText(lang)),
			...optional(noTreatmentText(lang)),
			downtime: strictObject(downtimeText(lang)),
			sessions: strictObject(sessionsText(lang)).optional(),
		}),
	} satisfies Record<TranslatedCollection, z.ZodType>;
}
