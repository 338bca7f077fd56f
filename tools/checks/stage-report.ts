/**
 * How a check tells `npm test` its counts: it writes `test-results/<stage>.json`, and the runner
 * reads that file rather than the check's printed lines.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StageCounts {
	passed: number;
	failed: number;
	/** What the counts count. */
	note: string;
}

const reportFile = (stage: string, dir: string) => join(dir, `${stage}.json`);

export function writeStageReport(stage: string, counts: StageCounts, dir = 'test-results'): void {
	mkdirSync(dir, { recursive: true });
	writeFileSync(reportFile(stage, dir), `${JSON.stringify(counts, null, '\t')}\n`);
}

/**
 * A stage's counts from its report and exit code. A check that exits with an error fails, even
 * when its report counts no failure or it wrote none.
 */
export function readStageReport(stage: string, exitCode: number, dir = 'test-results'): StageCounts {
	const file = reportFile(stage, dir);
	if (!existsSync(file)) return { passed: 0, failed: Math.max(exitCode, 1), note: `no report in ${file}` };
	const counts = JSON.parse(readFileSync(file, 'utf8')) as StageCounts;
	return exitCode === 0 ? counts : { ...counts, failed: Math.max(counts.failed, 1) };
}
