/** Small pure helpers shared by the sections of `npm run bench`. */
import { parseArgs } from 'node:util';


export const sections = ['weights', 'search', 'lighthouse', 'build', 'journey'] as const;
type Section = (typeof sections)[number];

interface BenchOptions {
	/** Sections to run, in report order. */
	only: Section[];
	/** Runs per measurement where a section repeats (undefined: each section's default). */
	runs?: number;
	/** List every file downloaded by search. */
	files: boolean;
}

export const usage = 'Usage: npm run bench -- [--only=weights,search,lighthouse,build,journey] [--runs=N] [--files]';

/** Reads `--only=weights,search`, `--runs=1` and `--files`; throws on an unknown option or section, or a bad count. */
export function parseOptions(argv: string[]): BenchOptions {
	const { values } = parseArgs({
		args: argv,
		strict: true,
		allowPositionals: false,
		options: { only: { type: 'string' }, runs: { type: 'string' }, files: { type: 'boolean', default: false } },
	});
	const picked = values.only === undefined ? [...sections] : values.only.split(',').map((name) => name.trim()).filter(Boolean);
	for (const name of picked) {
		if (!(sections as readonly string[]).includes(name)) throw new Error(`Unknown section "${name}": use one or more of ${sections.join(', ')}.`);
	}
	const runs = values.runs === undefined ? undefined : Number(values.runs);
	if (runs !== undefined && !(Number.isInteger(runs) && runs >= 1)) throw new Error(`--runs must be a whole number of 1 or more, not "${values.runs}".`);
	return { only: sections.filter((name) => picked.includes(name)), runs, files: values.files };
}

/** The middle value (the mean of the two middle ones for an even count, rounded to 0.1). */
export function median(values: number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : Math.round(((sorted[middle - 1]! + sorted[middle]!) / 2) * 10) / 10;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

/** A plain-text table: a header row, a rule, then rows; columns padded to their widest cell. */
export function table(header: string[], rows: string[][]): string {
	const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
	const line = (row: string[]) =>
		row
			.map((cell, column) => cell.padEnd(widths[column]!))
			.join('  ')
			.trimEnd();
	return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
