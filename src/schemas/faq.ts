import { z } from 'astro/zod';
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

/** The closed list of FAQ topics, in page order, with the heading each gets. */
export const faqTopics = {
	basics: 'The basics',
	treatment: 'The treatment',
	results: 'Sessions and results',
	safety: 'Safety and side effects',
	aftercare: 'Aftercare',
	choices: 'Choosing a treatment',
} as const;

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

/** One question a client asks before booking; the answer is the MDX body. */
export function faqSchema() {
	return withReviewOrder(
		strictObject({
			question: textSchema('question', 'the question as a client would ask it, ending with "?".').regex(/\?$/, {
				error: 'End `question` with a question mark.',
			}),
			topic: labelledEnum('topic', faqTopics),
			order: orderSchema(),
			summary: summarySchema(),
			related: relatedSchema().default({}),
			...reviewedFields(),
		}),
	);
}

export type Faq = z.infer<ReturnType<typeof faqSchema>>;
