import { describe, expect, it } from 'vitest';
import { fill, listOf } from './messages';

describe('fill', () => {
	it('puts each value in its place, as text', () => {
		expect(fill('{count} results for “{query}”{where}', { count: 7, query: '<b>', where: '' })).toBe('7 results for “<b>”');
	});

	it('leaves a name without a value as written, and a value that looks like a name alone', () => {
		expect(fill('{a} and {b}', { a: '{b}' })).toBe('{b} and {b}');
	});
});

describe('listOf', () => {
	it('joins with commas and the last word', () => {
		expect(listOf([], ' or ')).toBe('');
		expect(listOf(['a'], ' or ')).toBe('a');
		expect(listOf(['a', 'b'], ' o ')).toBe('a o b');
		expect(listOf(['a', 'b', 'c'], ' or ')).toBe('a, b or c');
	});
});
