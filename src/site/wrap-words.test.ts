import { describe, expect, it } from 'vitest';
import { wrapWords } from './wrap-words';

describe('wrapWords', () => {
	it('fills each line up to the limit without splitting words', () => {
		expect(wrapWords('New fibers grow over several weeks to months.', 16)).toEqual(['New fibers grow', 'over several', 'weeks to months.']);
	});

	it('gives an over-long word its own line and ignores extra spaces', () => {
		expect(wrapWords('  a   microneedling  b ', 5)).toEqual(['a', 'microneedling', 'b']);
		expect(wrapWords('', 10)).toEqual([]);
	});
});
