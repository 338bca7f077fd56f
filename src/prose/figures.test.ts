import { describe, expect, it } from 'vitest';
import { findStrayFigures, findTypedNumbers, maskPhrases, phaseNamePhrases } from './figures';

const texts = (text: string, phaseNames: string[] = []) => findStrayFigures(text, { phaseNames }).map((figure) => figure.text);

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

	it('finds single counts of every unit, days and hours included', () => {
		expect(texts('It takes 30 minutes. Wait 6 weeks.')).toEqual(['30 minutes', '6 weeks']);
		expect(texts('It usually settles in 4 days.\nKeep it dry for 24 hours, or 1 day.')).toEqual(['4 days', '24 hours', '1 day']);
		expect(texts('After a 48-hour wait, or 24h, or 12 hrs.')).toEqual(['48-hour', '24h', '12 hrs']);
	});

	it('finds counts written in words, alone and in ranges', () => {
		expect(texts('Redness fades in three days.')).toEqual(['three days']);
		expect(texts('Twenty-four hours later, and forty-eight hours after that.')).toEqual(['Twenty-four hours', 'forty-eight hours']);
		expect(texts('Most need two or three sessions, one to three days apart.')).toEqual(['two or three sessions', 'one to three days']);
		expect(texts('Leave it for twelve weeks.')).toEqual(['twelve weeks']);
	});

	it('allows words that are not counts: "a few", "several", "one" alone, "a day or two"', () => {
		expect(texts('A few days. Several weeks. Two names for one treatment. A day or two. Once a week.')).toEqual([]);
	});

	it('allows phase names given from the aftercare titles, with or without "the", in any case', () => {
		const phaseNames = phaseNamePhrases(['The first 24 hours', 'Days 2 and 3', 'The first week']);
		expect(texts('The first 24 hours\nIn the First 24 Hours, rest.\nDays 2 and 3\nFirst 24 hours: keep it clean.', phaseNames)).toEqual([]);
		// The same words without the phase name, or another figure beside it, are still figures.
		expect(texts('Wait 24 hours after the first 24 hours.', phaseNames)).toEqual(['24 hours']);
		expect(texts('In the first 48 hours, rest.', phaseNames)).toEqual(['48 hours']);
	});

	it('allows fact components, numbers without a unit and ids in addresses', () => {
		expect(texts('A few sessions. <Fact id="course-sessions" />. SPF 30 or higher. Step 2.')).toEqual([]);
		expect(texts('See [the first day](/aftercare/first-24-hours/) or /a/first-24-hours/ or #first-24-hours.')).toEqual([]);
	});

	it('gives the line of each figure', () => {
		expect(findStrayFigures('One line.\n\nWait three days.')).toEqual([{ line: 3, text: 'three days' }]);
	});
});

describe('phaseNamePhrases and maskPhrases', () => {
	it('drops a leading "The" and blanks each phrase without moving the text', () => {
		expect(phaseNamePhrases(['The first 24 hours', 'Days 2 and 3', ' the first week '])).toEqual([
			'first 24 hours',
			'Days 2 and 3',
			'first week',
		]);
		const masked = maskPhrases('In the FIRST 24 HOURS rest', ['first 24 hours']);
		expect(masked).toBe(`In the ${' '.repeat(14)} rest`);
	});
});

describe('findTypedNumbers', () => {
	const texts = (text: string, phaseNames: string[] = []) => findTypedNumbers(text, { phaseNames }).map((figure) => figure.text);

	it('finds every number a translation types, and counts in words with a unit', () => {
		expect(texts('Espere 24 horas.\nSuele durar tres días, a veces dos o tres semanas.')).toEqual([
			'24',
			'tres días',
			'dos o tres semanas',
		]);
		expect(texts('Agujas de 0.5 a 1.5 mm, un 50% mejor.')).toEqual(['0.5', '1.5', '50']);
	});

	it('leaves years, dates, 911, phone numbers and the phase names, which are not figures', () => {
		expect(texts('El 15 de octubre de 2025, la FDA avisó. Llame al 911 o al 1-800-332-1088.')).toEqual([]);
		expect(texts('Durante las primeras 24 horas y los días 2 y 3.', phaseNamePhrases(['Las primeras 24 horas', 'Días 2 y 3']))).toEqual([]);
	});

	it('leaves "un día" and "una semana", which are words, not counts to compare', () => {
		expect(texts('Espere un día, o una semana.')).toEqual([]);
	});
});
