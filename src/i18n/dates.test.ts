import { describe, expect, it } from 'vitest';
import { formatDateIn } from './dates';
import { formatDate } from '../model/review';

describe('formatDateIn', () => {
	const date = new Date('2026-11-20T00:00:00Z');

	it('writes a date as US readers do, the same as the English pages always have', () => {
		expect(formatDateIn(date, 'en')).toBe('November 20, 2026');
		expect(formatDateIn(date, 'en')).toBe(formatDate(date));
	});

	it('writes a date in Spanish with the day first', () => {
		expect(formatDateIn(date, 'es')).toBe('20 de noviembre de 2026');
	});
});
