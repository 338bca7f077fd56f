import { describe, expect, it } from 'vitest';
import { checkWording, formatFact, formatFigure } from './figures';

describe('formatFigure', () => {
	it('writes a range with its unit once, in each language', () => {
		expect(formatFigure({ min: 3, max: 6, unit: 'session' }, 'en')).toBe('3 to 6 sessions');
		expect(formatFigure({ min: 3, max: 6, unit: 'session' }, 'es')).toBe('3 a 6 sesiones');
		expect(formatFigure({ min: 48, max: 72, unit: 'hour' }, 'es')).toBe('48 a 72 horas');
	});

	it('writes one of a unit as words, and other single numbers with the plural', () => {
		expect(formatFigure({ min: 1, unit: 'week' }, 'en')).toBe('a week');
		expect(formatFigure({ min: 1, unit: 'week' }, 'es')).toBe('una semana');
		expect(formatFigure({ min: 1, unit: 'day' }, 'es')).toBe('un día');
		expect(formatFigure({ min: 3, unit: 'month' }, 'es')).toBe('3 meses');
	});

	it('puts a symbol with each end of a range, and keeps decimals', () => {
		expect(formatFigure({ min: 50, max: 75, unit: 'percent' }, 'en')).toBe('50% to 75%');
		expect(formatFigure({ min: 0.5, max: 1.5, unit: 'millimeter' }, 'es')).toBe('0.5 a 1.5 mm');
	});

	it('gives an age its unit where the language says one', () => {
		expect(formatFigure({ min: 22, unit: 'age' }, 'en')).toBe('22');
		expect(formatFigure({ min: 22, unit: 'age' }, 'es')).toBe('22 años');
	});
});

describe('formatFact', () => {
	const figures = [
		{ min: 3, unit: 'session' as const },
		{ min: 6, max: 8, unit: 'number' as const },
	];

	it('puts each figure in its slot, in any order the language needs', () => {
		expect(formatFact('about {1}, sometimes up to {2}', figures, 'en')).toBe('about 3 sessions, sometimes up to 6 to 8');
		expect(formatFact('a veces {2}, y por lo general unas {1}', figures, 'es')).toBe('a veces 6 a 8, y por lo general unas 3 sesiones');
	});

	it('stops on a slot with no figure', () => {
		expect(() => formatFact('about {3}', figures, 'en')).toThrow('{3} has no figure: the fact has 2.');
	});
});

describe('checkWording', () => {
	it('accepts wording that shows every figure once and types no number', () => {
		expect(checkWording('about {1}, sometimes up to {2}', 2)).toEqual([]);
		expect(checkWording('over several weeks to months', 0)).toEqual([]);
	});
	it('names a slot with no figure, and a figure with no slot', () => {
		expect(checkWording('about {2}', 1)).toEqual([
			'{2} names no figure: this fact has 1 in `figures`.',
			'figure 1 is not shown: put {1} where it goes.',
		]);
	});

	it('finds a number typed in the words, where no language could format it', () => {
		expect(checkWording('{1}, sometimes 6 to 8', 1)).toEqual([
			'a number is typed in the words: give it as a figure in `figures` and write {1}, {2}… where it goes.',
		]);
	});
});
