import { z } from 'astro/zod';
import { type Lang, sourceLang } from '../i18n/languages';
import { entryReference, orderSchema, reviewedFields, strictObject, summarySchema, textSchema, withReviewOrder } from './common';
import { warningSignsSchema } from './warning-signs';

/** A permanent anchor: lowercase words joined by hyphens. Links sent to patients depend on it. */
function anchorIdSchema(field: string) {
	return z.string({ error: `Add \`${field}\`: a permanent id in lowercase words joined by hyphens.` }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: (issue) =>
			`\`${field}\` "${String(issue.input)}" is not a valid id: use lowercase letters, digits and single hyphens, for example "keep-skin-clean". Never change a published id.`,
	});
}

/**
 * How a "dont" step's `text` starts: it sits beside a red "Don't" label, so it must read as
 * something to avoid ("Stay out of pools" beside "Don't" says the opposite). A "do" step must
 * not start this way.
 */
const avoidWords: Record<Lang, RegExp> = { en: /^(?:don['’]t|do not|avoid|never)\b/i, es: /^(?:no|evite|nunca)\s/i };

/** Whether a step's text reads as something to avoid, as a "dont" step's must, in its language. */
export function readsAsAvoid(text: string, lang: Lang): boolean {
	return avoidWords[lang].test(text);
}

/** The words of a step, in `lang`, under the step's permanent id; a translation restates these. */
export function aftercareStepText(lang: Lang) {
	return {
		id: anchorIdSchema('id'),
		text: textSchema('text', 'the instruction, written as a short command.', lang),
		reason: textSchema('reason', 'why the instruction matters, in one plain sentence.', lang),
	};
}

/** One aftercare instruction: something to do or not to do, and why. */
function aftercareStepSchema() {
	return strictObject({
		...aftercareStepText(sourceLang),
		action: z.enum(['do', 'dont'], { error: 'Set `action` to "do" or "dont".' }),
		/** When the instruction ends or starts, from `content/advice.yaml`, never typed in `text`. */
		timing: entryReference('advice').optional(),
		/** Signs to act on, each shown with its urgency from `content/warning-signs.yaml`. */
		warningSigns: warningSignsSchema().optional(),
	}).superRefine((step, ctx) => {
		const avoids = readsAsAvoid(step.text, sourceLang);
		if (step.action === 'dont' && !avoids) {
			ctx.addIssue({
				code: 'custom',
				path: ['text'],
				message: `This step has \`action: dont\`, so it is shown beside a red "Don't" label, but its text "${step.text}" does not say what to avoid. Start it with "Don't", "Do not", "Avoid" or "Never" (for example "Don't swim in pools"), or set \`action: do\`.`,
			});
		} else if (step.action === 'do' && avoids) {
			ctx.addIssue({
				code: 'custom',
				path: ['text'],
				message: `This step has \`action: do\`, so it is shown beside a green "Do" label, but its text "${step.text}" says what to avoid. Set \`action: dont\`, or say what to do instead (for example "Keep your skin out of strong sun").`,
			});
		}
	});
}

/** The words of a phase, in `lang`; a translation restates these and its steps' words. */
export function aftercarePhaseText(lang: Lang) {
	return { title: textSchema('title', 'the phase, for example "The first 24 hours".', lang), summary: summarySchema('summary', lang) };
}

/** One phase of aftercare (before the appointment, first 24 hours …) with its steps. */
export function aftercarePhaseSchema() {
	return withReviewOrder(
		strictObject({
			...aftercarePhaseText(sourceLang),
			order: orderSchema(),
			steps: z.array(aftercareStepSchema()).min(1, { error: 'Give the phase at least one step.' }),
			...reviewedFields(),
		}),
	);
}

export type AftercarePhase = z.infer<ReturnType<typeof aftercarePhaseSchema>>;
