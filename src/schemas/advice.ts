import { z } from 'astro/zod';
import { claimEntrySchema } from './citations';
import { textSchema } from './common';

/**
 * When a patient may do one thing again after treatment (wash, wear makeup, exercise…),
 * written once in `content/advice.yaml` and rendered by aftercare, FAQ, procedure and side
 * effects, so no two pages give different timings.
 */
export function adviceSchema() {
	return claimEntrySchema({
		activity: textSchema('activity', 'what the advice is about, for example "Wearing makeup".'),
		keywords: z
			.array(z.string().trim().min(1), {
				error:
					'Add `keywords`: the words that name this activity in prose, for example [makeup]. The content check uses them to find timings typed outside this file.',
			})
			.min(1, { error: 'Give `keywords` at least one word.' }),
		advice: textSchema(
			'advice',
			'one sentence with the typical timing, worded as what clinics advise where no source states it ("Many clinics ask you to…").',
		),
	}).superRefine((data, ctx) => {
		// Clinic practice is never stated as fact: the sentence itself says whose advice it is.
		if (data.basis && !/\bclinics?\b/i.test(data.advice)) {
			ctx.addIssue({
				code: 'custom',
				path: ['advice'],
				message: 'This timing is clinic practice, so word `advice` as what clinics advise, for example "Many clinics ask you to wait…".',
			});
		}
	});
}
