import { describe, expect, it } from 'vitest';
import { findStrayFigures } from './figures';

describe('findStrayFigures', () => {
	it('finds ranges of sessions, days, minutes and months in any notation', () => {
		const text = 'Most need 3-6 sessions.\nRedness lasts 1 to 3 days; a visit takes 30–45 minutes.\nJudge after 2 or 3 months.';
		expect(findStrayFigures(text)).toEqual([
			{ line: 1, text: '3-6 sessions' },
			{ line: 2, text: '1 to 3 days' },
			{ line: 2, text: '30–45 minutes' },
			{ line: 3, text: '2 or 3 months' },
		]);
	});

	it('finds single counts of sessions, weeks, months and minutes', () => {
		expect(findStrayFigures('It takes 30 minutes. Wait 6 weeks.').map((figure) => figure.text)).toEqual([
			'30 minutes',
			'6 weeks',
		]);
	});

	it('allows phase names, words and facts', () => {
		expect(findStrayFigures('The first 24 hours\nDays 2 and 3\nA few sessions. <Fact id="course-sessions" />')).toEqual([]);
	});
});
