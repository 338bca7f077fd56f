/**
 * The layout of the options chart (src/components/illustrations/OptionsChart.astro): downtime
 * across, strength of evidence down the side, each option a numbered dot, or a bar where its
 * downtime spans levels. Pure, so the geometry is tested without a build.
 */
import type { Downtime, EvidenceLevel } from '../schemas/scales';

/** The chart's words in the page's language (src/i18n/ui.ts): the labels of its two scales, in scale order, and its own. */
export interface ChartWords {
	evidence: Readonly<Record<EvidenceLevel, string>>;
	downtime: Readonly<Record<Downtime, string>>;
	/** The label of the row for options that are no treatment. */
	noEvidence: string;
	/** A downtime that spans levels: "Short to long". */
	downtimeSpan: (from: string, to: string) => string;
}

/** One option as the chart needs it; `evidence` is undefined for an option that is no treatment. */
export interface ChartOption {
	number: number;
	title: string;
	evidence: EvidenceLevel | undefined;
	downtime: readonly Downtime[];
}

/** A row of the chart: an evidence level, or the row of options it does not apply to. */
interface ChartRow {
	key: EvidenceLevel | 'none';
	label: string;
	top: number;
	bottom: number;
}

interface ChartMark {
	number: number;
	/** Where the dot is (the lowest downtime) and where the bar ends (the highest). */
	from: number;
	to: number;
	y: number;
}

interface ChartLayout {
	width: number;
	height: number;
	rows: ChartRow[];
	columns: { label: string; x: number }[];
	marks: ChartMark[];
	/** The plot's left edge, right edge and the bottom of the last row. */
	plot: { left: number; right: number; bottom: number };
}

const width = 340;
const left = 100;
const right = 334;
const top = 34;
const lane = 30;
const pad = 10;

/** Lays the options out: one lane per option in its evidence row; an empty row keeps one lane. */
export function chartLayout(options: readonly ChartOption[], words: ChartWords): ChartLayout {
	const levels = Object.keys(words.downtime) as Downtime[];
	const column = (right - left) / levels.length;
	const x = (level: Downtime) => left + (levels.indexOf(level) + 0.5) * column;
	const keys: ChartRow['key'][] = [...(Object.keys(words.evidence) as EvidenceLevel[]), 'none'];
	const rows: ChartRow[] = [];
	const marks: ChartMark[] = [];
	let y = top;
	for (const key of keys) {
		const inRow = options.filter((option) => (option.evidence ?? 'none') === key);
		const height = pad * 2 + lane * Math.max(1, inRow.length);
		inRow.forEach((option, index) => {
			marks.push({
				number: option.number,
				from: x(option.downtime[0]!),
				to: x(option.downtime.at(-1)!),
				y: y + pad + lane * (index + 0.5),
			});
		});
		rows.push({ key, label: key === 'none' ? words.noEvidence : words.evidence[key], top: y, bottom: y + height });
		y += height;
	}
	return {
		width,
		height: y + 62,
		rows,
		columns: levels.map((level) => ({ label: words.downtime[level], x: x(level) })),
		marks,
		plot: { left, right, bottom: y },
	};
}

/** A downtime in words: one level ("Short") or a span ("Short to long"). */
export function downtimeLabel(levels: readonly Downtime[], words: Pick<ChartWords, 'downtime' | 'downtimeSpan'>): string {
	const first = words.downtime[levels[0]!];
	const last = levels.length > 1 ? words.downtime[levels.at(-1)!] : undefined;
	return last ? words.downtimeSpan(first, last) : first;
}
