import { describe, expect, it } from 'vitest';
import { heightMessage, heightMessageType, isHeightMessage, maxReportedHeight } from './messages';

describe('heightMessage', () => {
	it('rounds the height up to whole pixels', () => {
		expect(heightMessage(412.2)).toEqual({ type: 'cit-faq:height', height: 413 });
		expect(heightMessageType).toBe('cit-faq:height');
	});
});

describe('isHeightMessage', () => {
	it('accepts a height message', () => {
		expect(isHeightMessage({ type: heightMessageType, height: 0 })).toBe(true);
		expect(isHeightMessage({ type: heightMessageType, height: 640 })).toBe(true);
		expect(isHeightMessage(heightMessage(99.5))).toBe(true);
	});

	it('rejects anything else', () => {
		for (const data of [
			null,
			undefined,
			'cit-faq:height',
			640,
			[],
			{},
			{ type: 'other', height: 640 },
			{ type: heightMessageType },
			{ type: heightMessageType, height: '640' },
			{ type: heightMessageType, height: -1 },
			{ type: heightMessageType, height: Number.NaN },
			{ type: heightMessageType, height: Number.POSITIVE_INFINITY },
			{ type: heightMessageType, height: maxReportedHeight + 1 },
		]) {
			expect(isHeightMessage(data), JSON.stringify(data)).toBe(false);
		}
	});
});
