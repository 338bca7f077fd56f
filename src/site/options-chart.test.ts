import { describe, expect, it } from 'vitest';
import { type Lang } from '../i18n/languages';
import { ui } from '../i18n/ui';
import { type ChartWords, chartLayout, downtimeLabel } from './options-chart';

/** The chart's words as the options page gives them. */
const wordsIn = (lang: Lang): ChartWords => {
	const { scales, optionsChart } = ui(lang);
	return {
		evidence: scales.evidence,
		downtime: scales.downtime,
		noEvidence: optionsChart.noEvidence,
		downtimeSpan: optionsChart.downtimeSpan,
	};
};
const words = wordsIn('en');

describe('chartLayout', () => {
	const layout = chartLayout(
		[
			{ number: 1, title: 'Microneedling', evidence: 'established', downtime: ['short'] },
			{ number: 2, title: 'Chemical peels', evidence: 'established', downtime: ['short', 'long'] },
			{ number: 3, title: 'Waiting', evidence: undefined, downtime: ['none'] },
		],
		words,
	);

	it('has a row per evidence level, strongest first, and a last row for options it does not apply to', () => {
		expect(layout.rows.map((row) => row.label)).toEqual(['Moderate evidence', 'Some evidence', 'Little evidence', 'Does not apply']);
		for (const [index, row] of layout.rows.entries()) {
			expect(row.bottom).toBeGreaterThan(row.top);
			if (index > 0) expect(row.top).toBe(layout.rows[index - 1]!.bottom);
		}
	});

	it('puts each option in its evidence row, in its own lane, at its downtime', () => {
		const [needling, peels, waiting] = layout.marks;
		const [established, , , none] = layout.rows;
		expect(needling!.y).toBeGreaterThan(established!.top);
		expect(peels!.y).toBeGreaterThan(needling!.y);
		expect(peels!.y).toBeLessThan(established!.bottom);
		expect(waiting!.y).toBeGreaterThan(none!.top);
		expect(waiting!.y).toBeLessThan(none!.bottom);
		const column = (label: string) => layout.columns.find((candidate) => candidate.label === label)!.x;
		expect(needling).toMatchObject({ from: column('Short'), to: column('Short') });
		expect(peels).toMatchObject({ from: column('Short'), to: column('Long') });
		expect(waiting).toMatchObject({ from: column('None'), to: column('None') });
	});

	it('keeps every mark inside the drawing', () => {
		for (const mark of layout.marks) {
			expect(mark.from).toBeGreaterThan(layout.plot.left);
			expect(mark.to).toBeLessThan(layout.plot.right);
			expect(mark.y).toBeLessThan(layout.plot.bottom);
		}
		expect(layout.height).toBeGreaterThan(layout.plot.bottom);
	});
});

describe('downtimeLabel', () => {
	it('names one level, or the span from the lowest to the highest', () => {
		expect(downtimeLabel(['none'], words)).toBe('None');
		expect(downtimeLabel(['short', 'long'], words)).toBe('Short to long');
	});

	it('names them in the language of the page', () => {
		expect(downtimeLabel(['short', 'long'], wordsIn('es'))).toBe('Corto a largo');
	});
});
