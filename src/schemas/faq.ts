import { z } from 'astro/zod';
import { type Lang, sourceLang } from '../i18n/languages';
import { ui } from '../i18n/ui';
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

/** The closed list of FAQ topics, in page order, with the heading each gets (src/i18n/ui.ts). */
export const faqTopics = ui(sourceLang).faqTopics;

export type FaqTopic = keyof typeof faqTopics;

/** Links from a question to entries in other collections, grouped by collection. */
export function relatedSchema() {
	return strictObject({
		procedure: z.array(entryReference('procedure')).optional(),
		benefits: z.array(entryReference('benefits')).optional(),
		sideEffects: z.array(entryReference('sideEffects')).optional(),
		suitability: z.array(entryReference('suitability')).optional(),
		aftercare: z.array(entryReference('aftercare')).optional(),
		faq: z.array(entryReference('faq')).optional(),
		glossary: z.array(entryReference('glossary')).optional(),
	});
}

/** The words of a question, in `lang`; a translation restates these and nothing else. */
export function faqText(lang: Lang) {
	return {
		question: textSchema('question', 'the question as a client would ask it, ending with "?".', lang).regex(/\?$/, {
			error: 'End `question` with a question mark.',
		}),
		summary: summarySchema('summary', lang),
	};
}

/** One question a client asks before booking; the answer is the MDX body. */
export function faqSchema() {
	return withReviewOrder(
		strictObject({
			...faqText(sourceLang),
			topic: labelledEnum('topic', faqTopics),
			order: orderSchema(),
			related: relatedSchema().default({}),
			...reviewedFields(),
		}),
	);
}

export type Faq = z.infer<ReturnType<typeof faqSchema>>;
