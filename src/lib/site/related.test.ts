import { describe, expect, it } from 'vitest';
import { entryPath, relatedLinks } from './related';

describe('entryPath', () => {
	it('links glossary terms to their own page and other entries to their anchor', () => {
		expect(entryPath('glossary', 'collagen')).toBe('/glossary/collagen/');
		expect(entryPath('sideEffects', 'redness')).toBe('/side-effects/#redness');
		expect(entryPath('aftercare', 'first-week')).toBe('/aftercare/#first-week');
	});
});

describe('relatedLinks', () => {
	it('orders links by collection and labels them with each entry’s title', () => {
		const links = relatedLinks(
			{ glossary: [{ id: 'spf' }], procedure: [{ id: 'treatment' }], faq: [{ id: 'does-it-hurt' }] },
			(collection, id) => `${collection}:${id}`,
		);
		expect(links).toEqual([
			{ href: '/procedure/#treatment', label: 'procedure:treatment' },
			{ href: '/faq/#does-it-hurt', label: 'faq:does-it-hurt' },
			{ href: '/glossary/spf/', label: 'glossary:spf' },
		]);
	});
});
