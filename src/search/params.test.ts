import { describe, expect, it } from 'vitest';
import { maxQueryLength, readSearchState, sameSearch, searchHref } from './params';

describe('readSearchState', () => {
	it('reads the query and the section', () => {
		expect(readSearchState('?q=CIT&section=Side+effects')).toEqual({ query: 'CIT', section: 'Side effects' });
	});

	it('gives empty values when they are missing', () => {
		expect(readSearchState('')).toEqual({ query: '', section: '' });
	});

	it('keeps a hostile query as the text it is', () => {
		const query = '<img src=x onerror=alert(1)>';
		expect(readSearchState(`?q=${encodeURIComponent(query)}`).query).toBe(query);
	});

	it('cuts a very long query', () => {
		expect(readSearchState(`?q=${'a'.repeat(1000)}`).query).toHaveLength(maxQueryLength);
	});
});

describe('searchHref', () => {
	it('writes the query and section, encoded', () => {
		expect(searchHref({ query: 'micro-needling & CIT', section: 'FAQ' })).toBe('/search/?q=micro-needling+%26+CIT&section=FAQ');
	});

	it('leaves out an empty query and section', () => {
		expect(searchHref({ query: '  ', section: '' })).toBe('/search/');
	});

	it('round-trips through readSearchState', () => {
		const state = { query: 'redness “after”', section: 'Side effects' };
		expect(readSearchState(searchHref(state).split('?')[1] ?? '')).toEqual(state);
	});
});

describe('sameSearch', () => {
	it('ignores spaces around the query', () => {
		expect(sameSearch({ query: 'CIT ', section: '' }, { query: 'CIT', section: '' })).toBe(true);
		expect(sameSearch({ query: 'CIT', section: 'FAQ' }, { query: 'CIT', section: '' })).toBe(false);
	});
});
