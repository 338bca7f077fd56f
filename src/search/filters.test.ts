import { describe, expect, it } from 'vitest';
import { chooseSection, sectionOptions, sectionSearchOptions } from './filters';

const order = ['Procedure', 'Side effects', 'FAQ', 'Glossary'];

describe('sectionOptions', () => {
	it('lists the sections in reading order, then others A–Z', () => {
		const known = { section: { Glossary: 27, Home: 1, FAQ: 1, About: 1, Procedure: 1 } };
		expect(sectionOptions(known, order).map((option) => option.value)).toEqual(['Procedure', 'FAQ', 'Glossary', 'About', 'Home']);
	});

	it('takes the counts from the current search, 0 where it has none', () => {
		const known = { section: { Procedure: 1, FAQ: 1 } };
		expect(sectionOptions(known, order, { section: { FAQ: 1 } })).toEqual([
			{ value: 'Procedure', count: 0 },
			{ value: 'FAQ', count: 1 },
		]);
	});

	it('is empty when the index has no section filter', () => {
		expect(sectionOptions({}, order)).toEqual([]);
		expect(sectionOptions(undefined, order)).toEqual([]);
	});
});

describe('chooseSection', () => {
	const options = [
		{ value: 'FAQ', count: 1 },
		{ value: 'Glossary', count: 3 },
	];

	it('keeps a section the index has', () => {
		expect(chooseSection('FAQ', options)).toBe('FAQ');
	});

	it('falls back to every section for an unknown or empty one', () => {
		expect(chooseSection('Nonsense', options)).toBe('');
		expect(chooseSection('', options)).toBe('');
	});
});

describe('sectionSearchOptions', () => {
	it('filters by the section, or not at all', () => {
		expect(sectionSearchOptions('FAQ')).toEqual({ filters: { section: 'FAQ' } });
		expect(sectionSearchOptions('')).toEqual({});
	});
});
