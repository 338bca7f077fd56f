import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readStageReport, writeStageReport } from './stage-report.ts';

describe('stage reports', () => {
	const dir = mkdtempSync(join(tmpdir(), 'stage-report-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('reads back what a check wrote', () => {
		writeStageReport('links', { passed: 120, failed: 0, note: 'links' }, join(dir, 'new'));
		expect(readStageReport('links', 0, join(dir, 'new'))).toEqual({ passed: 120, failed: 0, note: 'links' });
	});
	it('fails a check that exited with an error, whatever its report says', () => {
		writeStageReport('html', { passed: 3, failed: 0, note: 'pages' }, dir);
		expect(readStageReport('html', 1, dir)).toEqual({ passed: 3, failed: 1, note: 'pages' });
		expect(readStageReport('spelling', 2, dir)).toMatchObject({ passed: 0, failed: 2 });
		expect(readStageReport('spelling', 0, dir)).toMatchObject({ passed: 0, failed: 1 });
	});
});
