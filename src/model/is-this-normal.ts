/**
 * The "Is this normal?" table as the side-effects page shows it: a row per sign, a cell per day
 * after treatment, each cell "expected" or the urgency of the sign's warning sign, linked to the
 * side effect that explains it (or to the page's warning signs when none does).
 */
import { type CollectionEntry, getEntry } from 'astro:content';
import type { Lang } from '../i18n/languages';
import { ui } from '../i18n/ui';
import { localCollection } from './localized';
import { byOrder } from './order';
import { type DayAfter, daysAfter } from '../schemas/is-this-normal';
import type { Urgency, healing } from '../schemas/scales';
import { requiredEntry } from './entries';

/** The table's anchor on /side-effects/. */
export const isThisNormalId = 'is-this-normal';
/** The anchor of the side-effects page's warning signs, for signs no side effect explains. */
export const getHelpId = 'get-help';

type Answer = keyof typeof healing | Urgency;

interface NormalRow {
	entry: CollectionEntry<'isThisNormal'>;
	href: string;
	cells: { day: DayAfter; answer: Answer }[];
}

/** Every sign in order, with its answer for each day, in `lang`. */
export async function isThisNormalRows(lang: Lang): Promise<NormalRow[]> {
	const days = Object.keys(daysAfter) as DayAfter[];
	const entries = (await localCollection('isThisNormal', lang)).sort(byOrder);
	return Promise.all(
		entries.map(async (entry) => {
			const sign = (await getEntry(entry.data.otherwise))!;
			const expectedDays = entry.data.expectedThrough ? days.indexOf(entry.data.expectedThrough) : -1;
			return {
				entry,
				href: `#${entry.data.sideEffect?.id ?? getHelpId}`,
				cells: days.map((day, index) => ({ day, answer: index <= expectedDays ? 'expected' : sign.data.urgency })),
			};
		}),
	);
}

/** What each answer means, from content/scales.yaml, in the order the table's key lists them, in `lang`. */
export async function answerMeanings(lang: Lang): Promise<{ answer: Answer; label: string; meaning: string }[]> {
	const [healingScale, urgencyScale] = await Promise.all([
		requiredEntry('scales', 'healing', lang),
		requiredEntry('scales', 'urgency', lang),
	]);
	const levels = { ...healingScale.data.levels, ...urgencyScale.data.levels };
	const labels: Record<Answer, string> = { ...ui(lang).scales.healing, ...ui(lang).scales.urgency };
	return (Object.keys(labels) as Answer[]).map((answer) => ({ answer, label: labels[answer], meaning: levels[answer] ?? '' }));
}
