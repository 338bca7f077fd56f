import { z } from 'astro/zod';
import { type Lang, sourceLang } from '../i18n/languages';
import { claimEntrySchema } from './citations';
import { textSchema } from './common';

/**
 * When a patient may do one thing again after treatment (wash, wear makeup, exercise…),
 * written once in `content/advice.yaml` and rendered by aftercare, FAQ, procedure and side
 * effects, so no two pages give different timings.
 */
export function adviceSchema() {
	return claimEntrySchema(adviceText(sourceLang)).superRefine((data, ctx) => {
		if (data.basis && !namesClinics(data.advice, sourceLang)) {
			ctx.addIssue({ code: 'custom', path: ['advice'], message: clinicWordingMessage(sourceLang) });
		}
	});
}

/** The words of a timing, in `lang`; a translation restates these and nothing else. */
export function adviceText(lang: Lang) {
	return {
		activity: textSchema('activity', 'what the advice is about, for example "Wearing makeup".', lang),
		keywords: z
			.array(z.string().trim().min(1), {
				error:
					'Add `keywords`: the words that name this activity in prose, for example [makeup]. The content check uses them to find timings typed outside this file.',
			})
			.min(1, { error: 'Give `keywords` at least one word.' }),
		advice: textSchema(
			'advice',
			'one sentence with the typical timing, worded as what clinics advise where no source states it ("Many clinics ask you to…").',
			lang,
		),
	};
}

/** Clinic practice is never stated as fact: the sentence itself says whose advice it is. */
const clinicWords: Record<Lang, RegExp> = { en: /\bclinics?\b/i, es: /\bclínicas?\b/i };

export function namesClinics(advice: string, lang: Lang): boolean {
	return clinicWords[lang].test(advice);
}

export function clinicWordingMessage(lang: Lang): string {
	const example = lang === 'es' ? '"Muchas clínicas le piden esperar…"' : '"Many clinics ask you to wait…"';
	return `This timing is clinic practice, so word \`advice\` as what clinics advise, for example ${example}.`;
}
