import { z } from 'astro/zod';
import { type Lang, sourceLang } from '../i18n/languages';
import { ui } from '../i18n/ui';
import { reviewDates, strictObject, textSchema, withReviewOrder } from './common';

/**
 * The site's scales. Each level's short label, in every language, lives in the interface
 * dictionary (src/i18n/ui.ts); schemas validate against the keys of the English labels. What
 * each level means is medical text, so it lives in `content/scales.yaml` with review dates.
 */
const labels = ui(sourceLang).scales;

/** How strong the evidence for a benefit or option is, strongest first. */
export const evidenceLevels = labels.evidence;

export type EvidenceLevel = keyof typeof evidenceLevels;

/** How often a side effect happens, most common first. */
export const frequencies = labels.frequency;

export type Frequency = keyof typeof frequencies;

/** How soon to act on a warning sign, least urgent first. */
export const urgencies = labels.urgency;

export type Urgency = keyof typeof urgencies;

/**
 * The answer "Is this normal?" gives besides the urgency levels: a sign that is part of healing
 * on that day. One level, so what it means is written once beside the others.
 */
export const healing = labels.healing;

/** How long an option keeps you from daily life while the skin heals, least first. */
export const downtimes = labels.downtime;

export type Downtime = keyof typeof downtimes;

export const scales = { evidence: evidenceLevels, frequency: frequencies, urgency: urgencies, healing, downtime: downtimes } as const;

export type ScaleName = keyof typeof scales;

/** The words of a scale, in `lang`; a translation restates these and nothing else. */
export function scaleText(lang: Lang) {
	return {
		title: textSchema('title', 'the heading shown above the scale, for example "How strong is the evidence?".', lang),
		levels: z.record(z.string(), textSchema('levels', 'one plain sentence that says what this level means.', lang), {
			error: 'Add `levels`: each level of the scale with one plain sentence that says what it means.',
		}),
	};
}

/** One scale in `content/scales.yaml`: its heading and what each level means. */
export function scaleSchema() {
	return withReviewOrder(
		strictObject({
			...scaleText(sourceLang),
			...reviewDates(),
		}),
	);
}

export type Scale = z.infer<ReturnType<typeof scaleSchema>>;
