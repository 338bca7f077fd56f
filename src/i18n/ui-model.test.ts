import { describe, expect, it, vi } from 'vitest';
import type { FaqTopic } from '../schemas/faq';
import { ui } from './ui';

// The model's modules read collections only when called; these tests call none that do.
vi.mock('astro:content', () => ({}));

const { followYourClinic } = await import('../model/data-values');
const { topicSummary } = await import('../model/faq');
const { answerLabels } = await import('../model/is-this-normal');

/**
 * The feed, the FAQ's JSON-LD and "How we know" are built in English by src/model, and the pages
 * from the dictionary: the two must say the same.
 */
describe('the English the model writes', () => {
	const english = ui('en');

	it('ends every timing as the pages do', () => {
		expect(followYourClinic).toBe(english.aftercare.followYourClinic);
	});

	it('describes each FAQ topic as its page does', () => {
		for (const topic of Object.keys(english.faqTopics) as FaqTopic[]) {
			expect(topicSummary(topic)).toBe(english.faq.topicSummary(english.faqTopics[topic]));
		}
	});

	it('names each answer of "Is this normal?" as the table does', () => {
		expect(answerLabels).toEqual({ ...english.scales.healing, ...english.scales.urgency });
	});
});
