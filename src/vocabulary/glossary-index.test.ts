import { describe, expect, it } from 'vitest';
import { groupByInitial, otherNames } from './glossary-index';

describe('groupByInitial', () => {
	it('files an accented initial under its letter and Ñ under its own, in Spanish order, with anchors a URL may hold', () => {
		const groups = groupByInitial(
			[
				{ id: 'nail', term: 'Ñandú' },
				{ id: 'acid', term: 'Ácido hialurónico' },
				{ id: 'needle', term: 'Nueva' },
				{ id: 'agent', term: 'Agente' },
				{ id: 'three', term: '3D' },
			],
			'es',
		);
		expect(groups.map((group) => [group.letter, group.anchor, group.terms.map((term) => term.id)])).toEqual([
			['#', 'letter-other', ['three']],
			['A', 'letter-A', ['acid', 'agent']],
			['N', 'letter-N', ['needle']],
			['Ñ', 'letter-Ñ', ['nail']],
		]);
	});

	it('groups A–Z by first letter, alphabetically and case-insensitively, with symbols under #', () => {
		const groups = groupByInitial(
			[
				{ id: 'elastin', term: 'Elastin' },
				{ id: 'collagen', term: 'collagen' },
				{ id: 'spf', term: 'SPF' },
				{ id: 'chemical-peel', term: 'Chemical peel' },
				{ id: 'three', term: '3D scanning' },
			],
			'en',
		);
		expect(groups.map((group) => [group.letter, group.terms.map((term) => term.id)])).toEqual([
			['#', ['three']],
			['C', ['chemical-peel', 'collagen']],
			['E', ['elastin']],
			['S', ['spf']],
		]);
	});
});

describe('otherNames', () => {
	it('lists aliases, then the abbreviation unless it is already an alias', () => {
		expect(otherNames({ term: 'Microneedling', aliases: ['collagen induction therapy', 'CIT'] })).toEqual([
			'collagen induction therapy',
			'CIT',
		]);
		expect(otherNames({ term: 'Microneedling', aliases: [], abbreviation: 'PRP' })).toEqual(['PRP']);
		expect(otherNames({ term: 'Microneedling', aliases: ['PRP'], abbreviation: 'PRP' })).toEqual(['PRP']);
	});
});
