import { describe, expect, it } from 'vitest';
import { entryPath, faqAnswerPath, faqTopicPath, relatedLinks } from './related';

describe('entryPath', () => {
	it('links glossary terms to their own page and other entries to their anchor', () => {
		expect(entryPath('glossary', 'collagen')).toBe('/glossary/collagen/');
		expect(entryPath('sideEffects', 'redness')).toBe('/side-effects/#redness');
		expect(entryPath('aftercare', 'first-week')).toBe('/aftercare/#first-week');
		expect(entryPath('faq', 'does-it-hurt')).toBe('/faq/#does-it-hurt');
	});
});

describe('faqAnswerPath', () => {
	it('puts an answer at its anchor on its topic’s page', () => {
		expect(faqTopicPath('treatment')).toBe('/faq/treatment/');
		expect(faqAnswerPath('treatment', 'does-it-hurt')).toBe('/faq/treatment/#does-it-hurt');
	});
});

describe('relatedLinks', () => {
	it('orders links by collection, labels them with each entry’s title and uses a path when one is given', () => {
		const links = relatedLinks(
			{ glossary: [{ id: 'spf' }], procedure: [{ id: 'treatment' }], faq: [{ id: 'does-it-hurt' }] },
			(collection, id) => ({
				title: `${collection}:${id}`,
				...(collection === 'faq' ? { path: faqAnswerPath('treatment', id) } : {}),
			}),
		);
		expect(links).toEqual([
			{ href: '/procedure/#treatment', label: 'procedure:treatment' },
			{ href: '/faq/treatment/#does-it-hurt', label: 'faq:does-it-hurt' },
			{ href: '/glossary/spf/', label: 'glossary:spf' },
		]);
	});
});
