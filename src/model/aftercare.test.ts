import type { HowToSection } from 'schema-dts';
import { describe, expect, it, vi } from 'vitest';

// The collection as Astro would give it, out of order, so the test shows phases are sorted.
vi.mock('astro:content', () => ({
	getCollection: async () => [
		{
			id: 'first-week',
			data: {
				title: 'The first week',
				order: 2,
				steps: [{ id: 'spf-daily', action: 'do', text: 'Use sunscreen.', reason: 'Sun darkens skin.' }],
			},
		},
		{
			id: 'first-day',
			data: {
				title: 'The first day',
				order: 1,
				steps: [
					{ id: 'clean-hands', action: 'do', text: 'Wash your hands.', reason: 'Germs can get in.' },
					{ id: 'no-makeup', action: 'dont', text: "Don't wear makeup.", reason: 'It carries germs.' },
				],
			},
		},
	],
}));
vi.mock('./entries', () => ({
	requiredEntry: async () => ({ id: 'aftercare', data: { title: 'Aftercare', summary: 'What to do after treatment.' } }),
}));

const { aftercareHowTo } = await import('./aftercare');

describe('aftercareHowTo', () => {
	it('is the HowTo of /aftercare/, named by its page entry, with phases in page order', async () => {
		const howTo = await aftercareHowTo(new URL('https://example.org'), 'en');
		expect(howTo).toMatchObject({
			'@type': 'HowTo',
			url: 'https://example.org/aftercare/',
			name: 'Aftercare',
			description: 'What to do after treatment.',
		});
		const sections = howTo.step as readonly HowToSection[];
		expect(sections.map((section) => section.url)).toEqual([
			'https://example.org/aftercare/#first-day',
			'https://example.org/aftercare/#first-week',
		]);
		expect(sections[0]?.itemListElement).toEqual([
			expect.objectContaining({ url: 'https://example.org/aftercare/#clean-hands' }),
			{
				'@type': 'HowToStep',
				position: 2,
				name: "Don't wear makeup.",
				url: 'https://example.org/aftercare/#no-makeup',
			},
		]);
	});
});
