import { z } from 'astro/zod';
import { type Lang, sourceLang } from '../i18n/languages';
import { evidenceSchema } from './benefits';
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
import { relatedSchema } from './faq';
import { type Downtime, downtimes } from './scales';

/**
 * How long an option keeps a reader from daily life: one level of the downtime scale, or the
 * lowest and the highest in a list where it depends on the strength (a light or a deep peel),
 * with a short text that says what the time is like.
 */
function downtimeSchema() {
	const names = Object.keys(downtimes).join(', ');
	const hint = `Set \`level\` to one downtime level (${names}), or to two in a list, the lowest first, when it depends on how strong the treatment is: [short, long].`;
	const level = labelledEnum('level', downtimes);
	return strictObject(
		{
			level: z
				.union([level.transform((one) => [one]), z.tuple([level, level])], { error: hint })
				.refine((levels) => levels.length === 1 || rank(levels[0]!) < rank(levels[1]!), { error: hint }),
			...downtimeText(sourceLang),
		},
		'Add `downtime`: its `level` on the downtime scale and a short `text`.',
	);
}

/** A level's place on the downtime scale: none is 0. */
function rank(level: Downtime): number {
	return Object.keys(downtimes).indexOf(level);
}

/**
 * How many sessions it takes: a figure from `content/facts.yaml` by id, or plain words with no
 * figure when no source gives one ("One visit, repeated when the filler wears off").
 */
function sessionsSchema() {
	return strictObject(
		{
			fact: entryReference('facts').optional(),
			...sessionsText(sourceLang),
		},
		'Add `sessions`: `fact` (the id of a figure in content/facts.yaml) or `text` (plain words without figures).',
	).refine((sessions) => (sessions.fact === undefined) !== (sessions.text === undefined), {
		error:
			'Give `sessions` either `fact` (the id of a figure in content/facts.yaml) or `text` (plain words without figures), not both and not neither.',
	});
}

/** The words every option has, in `lang`; a translation restates these and nothing else. */
export function optionText(lang: Lang) {
	return {
		title: textSchema('title', 'the option, for example "Chemical peels".', lang),
		summary: summarySchema('summary', lang),
		risks: textSchema('risks', 'the main risks, in one or two plain sentences.', lang),
	};
}

/** The words only a treatment has, in `lang`. */
export function treatmentText(lang: Lang) {
	return {
		howItWorks: textSchema('howItWorks', 'how the treatment works, in one or two plain sentences.', lang),
		treats: textSchema('treats', 'what it is used for, for example "Acne scars and fine lines".', lang),
		darkerSkin: textSchema('darkerSkin', 'what the sources say about risks for darker skin, or that they say nothing.', lang),
	};
}

/** The words only not having treatment has, in `lang`. */
export function noTreatmentText(lang: Lang) {
	return { whatHappens: textSchema('whatHappens', 'what happens if you wait or decide against treatment, in plain sentences.', lang) };
}

/** What the downtime is like, in `lang`. */
export function downtimeText(lang: Lang) {
	return { text: textSchema('text', 'what the downtime is like, in one or two plain sentences and without figures.', lang) };
}

/** How many sessions, in words, where no fact gives the figure, in `lang`. */
export function sessionsText(lang: Lang) {
	return { text: textSchema('text', 'how many sessions, in plain words without figures.', lang).optional() };
}

/** What every option says: its name, place, downtime, sessions, links, review dates and sources. */
function sharedFields() {
	return {
		...optionText(sourceLang),
		order: orderSchema(),
		downtime: downtimeSchema(),
		sessions: sessionsSchema(),
		related: relatedSchema().default({}),
		...reviewedFields(),
	};
}

/**
 * One choice a reader has for their skin: a treatment (microneedling, a peel, a laser…) with how
 * it works, what it treats, its risks and the strength of the evidence; or `kind: none`, not
 * having treatment, which says what happens if you wait. Evidence rates a treatment, so an
 * option that is no treatment has none: the page shows "Does not apply".
 */
export function optionSchema() {
	return withReviewOrder(
		z.discriminatedUnion(
			'kind',
			[
				strictObject({
					kind: z.literal('treatment'),
					...sharedFields(),
					...treatmentText(sourceLang),
					evidence: evidenceSchema(
						'Add `evidence`: its `level` (established, emerging or anecdotal) and the `sources` that show it, as for a benefit.',
					),
				}),
				strictObject({
					kind: z.literal('none'),
					...sharedFields(),
					...noTreatmentText(sourceLang),
					evidence: z
						.undefined({
							error:
								'Remove `evidence`: it does not apply to `kind: none`. Evidence rates how well a treatment works, and this option is no treatment; the page shows "Does not apply".',
						})
						.optional(),
				}),
			],
			{ error: 'Set `kind` to "treatment" (a treatment a reader could have) or "none" (not having treatment).' },
		),
	);
}
