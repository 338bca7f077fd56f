import { describe, expect, it } from 'vitest';
import { adviceActivities, adviceTimingMessage, findAdviceTimings, splitProseSentences } from './advice-timing';
import { phaseNamePhrases } from './figures';

const activities = adviceActivities(`
makeup:
  activity: Wearing makeup
  keywords: [makeup, make-up]
  advice: Many clinics ask you to wait at least 24 hours.
exercise:
  activity: Exercise and sweating
  keywords: [exercise, workout, sweat]
  advice: Many clinics ask you to avoid hard exercise for 48 to 72 hours.
`);
const phaseNames = phaseNamePhrases(['The first 24 hours', 'Days 2 and 3']);
const times = (text: string) => findAdviceTimings(text, activities, { phaseNames }).map(({ line, id, time }) => ({ line, id, time }));

describe('adviceActivities', () => {
	it('reads each entry of the advice file with its activity and keywords', () => {
		expect(activities).toEqual([
			{ id: 'makeup', activity: 'Wearing makeup', keywords: ['makeup', 'make-up'] },
			{ id: 'exercise', activity: 'Exercise and sweating', keywords: ['exercise', 'workout', 'sweat'] },
		]);
	});
});

describe('findAdviceTimings', () => {
	it('finds an activity named with a figure, a count in words or a worded time, at the line of the time', () => {
		expect(times('Intro.\nYou can wear makeup after 2 days.')).toEqual([{ line: 2, id: 'makeup', time: 'after 2 days' }]);
		expect(times('Wait three days before any Make-up.')).toEqual([{ line: 1, id: 'makeup', time: 'three days' }]);
		expect(times('Exercise straight away if you like.')).toEqual([{ line: 1, id: 'exercise', time: 'straight away' }]);
		expect(times('Heavy sweat is fine the next day.')).toEqual([{ line: 1, id: 'exercise', time: 'the next day' }]);
		expect(times('Skip workouts for a few days.')).toEqual([{ line: 1, id: 'exercise', time: 'for a few days' }]);
	});

	it('counts an aftercare phase name as a time when it is said of an activity', () => {
		expect(times('Skip makeup in the first 24 hours.')).toEqual([{ line: 1, id: 'makeup', time: 'in the first 24 hours' }]);
	});

	it('gives each activity the time nearest to it', () => {
		expect(times('Wear makeup after 2 days, and exercise straight away.')).toEqual([
			{ line: 1, id: 'makeup', time: 'after 2 days' },
			{ line: 1, id: 'exercise', time: 'straight away' },
		]);
	});

	it('looks within one sentence, list item or YAML value only', () => {
		expect(times('Avoid makeup. Redness fades in 3 days.')).toEqual([]);
		expect(times('- avoid makeup\n- rest for 2 days')).toEqual([]);
		expect(times('Avoid makeup\nRest for 2 days.')).toEqual([]);
		// A Markdown paragraph wrapped over two lines is still one sentence.
		expect(times('Please avoid makeup\nfor 2 days.')).toEqual([{ line: 2, id: 'makeup', time: 'for 2 days' }]);
	});

	it('passes a sentence that shows the activity’s advice, a deferral to the clinic, and a time without an activity', () => {
		expect(times('Makeup: <Advice id="makeup" />')).toEqual([]);
		expect(times('When to wear makeup again: <Advice id="makeup" /> After 2 days, most people feel fine.')).toEqual([]);
		expect(times("Don't wear makeup until your clinic says it is safe.")).toEqual([]);
		expect(times('Redness fades in 3 days. Use sunscreen every day.')).toEqual([]);
	});

	it('finds the activity’s advice as a component, however it is written, and only in the sentence that shows it', () => {
		expect(times("Avoid makeup for 2 days: <Advice\n  id='makeup' />")).toEqual([]);
		expect(times('Wear makeup after 2 days. <Advice id="makeup" />')).toEqual([{ line: 1, id: 'makeup', time: 'after 2 days' }]);
	});

	it('reads keywords as whole words, not inside other words or ids', () => {
		expect(times('Sweaters are fine after 2 days.')).toEqual([]);
		expect(times('See [aftercare](/aftercare/#no-makeup) for the next day.')).toEqual([]);
		expect(times('<Advice id="exercise" /> and it is fine after 2 days.')).toEqual([]);
	});
});

describe('splitProseSentences', () => {
	it('keeps where each sentence starts', () => {
		expect(splitProseSentences('One. Two!\n\nThree')).toEqual([
			{ text: 'One. ', start: 0 },
			{ text: 'Two!\n', start: 5 },
			{ text: 'Three', start: 11 },
		]);
	});
});

describe('adviceTimingMessage', () => {
	const timing = { line: 12, id: 'makeup', activity: 'Wearing makeup', time: 'after 2 days' };

	it('names the activity and the time, and gives the fix for where it is', () => {
		expect(adviceTimingMessage(timing, 'body')).toBe(
			'Advice on wearing makeup gives a time ("after 2 days"): write <Advice id="makeup" /> so every page gives the same timing (content/advice.yaml).',
		);
		expect(adviceTimingMessage(timing, 'aftercare-step')).toContain('set `timing: makeup` on it');
		expect(adviceTimingMessage(timing, 'field')).toContain('take the time out of this field');
	});
});
