import { z } from 'astro/zod';
import { type Lang, sourceLang } from '../i18n/languages';
import { checkWording, figureUnits } from '../i18n/figures';
import { basisFields, withBasis } from './citations';
import { labelledEnum, strictObject, textSchema } from './common';

/** A number or a range with its unit: `{ min: 3, max: 6, unit: session }`. */
function figureSchema() {
	return strictObject({
		min: z.number({ error: 'Add `min`: the number, or the low end of the range.' }).nonnegative({ error: '`min` cannot be below 0.' }),
		max: z.number({ error: '`max` must be a number: the high end of the range.' }).optional(),
		unit: labelledEnum('unit', Object.fromEntries(figureUnits.map((unit) => [unit, unit])) as Record<(typeof figureUnits)[number], string>),
	}).refine((figure) => figure.max === undefined || figure.max > figure.min, {
		path: ['max'],
		error: '`max` must be larger than `min`; for a single number, leave `max` out.',
	});
}

/** The words of a fact, in `lang`: a translation restates these, never its figures. */
export function factText(lang: Lang) {
	return {
		wording: textSchema(
			'wording',
			'the figure as a reader should see it, with {1} where the first of `figures` goes: "about {1} apart".',
			lang,
		),
		label: textSchema('label', 'what the figure measures, for example "Sessions in a course".', lang),
	};
}

/**
 * One figure the site states (how many sessions, how long redness lasts…), written once in
 * `content/facts.yaml` and rendered everywhere from there, so no two pages, and no two
 * languages, can disagree. `figures` hold the numbers; `wording` is the text around them.
 * It cites the sources that state it, or is marked as clinic practice.
 */
export function factSchema() {
	return withBasis(
		strictObject({
			figures: z.array(figureSchema()).default([]),
			...factText(sourceLang),
			...basisFields(),
		}),
	).superRefine((fact, ctx) => {
		for (const message of checkWording(fact.wording, fact.figures.length))
			ctx.addIssue({ code: 'custom', path: ['wording'], message: `\`wording\`: ${message}` });
	});
}
