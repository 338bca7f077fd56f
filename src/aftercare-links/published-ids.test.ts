import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	checkPublishedIds,
	findPublishedIdProblems,
	formerIdsOf,
	parsePublishedIds,
	type PhaseIds,
	publishedIdsPath,
	readPublishedIds,
} from './published-ids';

const file = 'content/aftercare/published-ids.json';

const phases: PhaseIds[] = [
	{ file: 'content/aftercare/first-week.yaml', id: 'first-week', order: 2, steps: [{ id: 'spf-daily' }] },
	{
		file: 'content/aftercare/first-day.yaml',
		id: 'first-day',
		order: 1,
		steps: [{ id: 'clean-hands' }, { id: 'no-makeup' }],
	},
];

const allIds = ['first-day', 'clean-hands', 'no-makeup', 'first-week', 'spf-daily'];

/** A content root in a temporary folder, with the given record file (or none). */
function contentRoot(text?: string): string {
	const root = mkdtempSync(join(tmpdir(), 'published-ids-'));
	mkdirSync(join(root, 'aftercare'));
	if (text !== undefined) writeFileSync(join(root, 'aftercare', 'published-ids.json'), text);
	return root;
}

describe('findPublishedIdProblems', () => {
	it('accepts a record that lists every live id and redirects nothing', () => {
		expect(findPublishedIdProblems(phases, { published: allIds, removed: {} }, file)).toEqual([]);
	});

	it('does not depend on the order of `published`', () => {
		expect(findPublishedIdProblems(phases, { published: [...allIds].reverse(), removed: {} }, file)).toEqual([]);
	});

	it('reports a published id that the content lost, with the fix', () => {
		const withoutNoMakeup = phases.map((phase) => ({ ...phase, steps: phase.steps.filter((step) => step.id !== 'no-makeup') }));
		const problems = findPublishedIdProblems(withoutNoMakeup, { published: allIds, removed: {} }, file);
		expect(problems).toEqual([{ file, field: 'published[2]', message: expect.any(String) }]);
		expect(problems[0]?.message).toContain('The aftercare id "no-makeup" was published');
		expect(problems[0]?.message).toContain('Staff links to it');
		expect(problems[0]?.message).toContain(`Put it back, or add it to \`removed\` in ${file} with the id it should now point to`);
	});

	it('accepts a lost id listed in `removed` with a live target, whether or not it is still in `published`', () => {
		const withoutNoMakeup = phases.map((phase) => ({ ...phase, steps: phase.steps.filter((step) => step.id !== 'no-makeup') }));
		const removed = { 'no-makeup': 'first-day' };
		expect(findPublishedIdProblems(withoutNoMakeup, { published: allIds, removed }, file)).toEqual([]);
		const moved = allIds.filter((id) => id !== 'no-makeup');
		expect(findPublishedIdProblems(withoutNoMakeup, { published: moved, removed }, file)).toEqual([]);
	});

	it('reports a removed id that the content still has', () => {
		const problems = findPublishedIdProblems(phases, { published: allIds, removed: { 'clean-hands': 'spf-daily' } }, file);
		expect(problems).toEqual([
			{
				file,
				field: 'removed.clean-hands',
				message: expect.stringContaining('content/aftercare/first-day.yaml (steps[0].id) still has it. Delete it from `removed`'),
			},
		]);
	});

	it('reports a removed id whose target does not exist', () => {
		const problems = findPublishedIdProblems(phases, { published: allIds, removed: { 'old-step': 'no-such-step' } }, file);
		expect(problems).toEqual([
			{
				file,
				field: 'removed.old-step',
				message: expect.stringContaining('"old-step" points to "no-such-step", but no phase or step has that id'),
			},
		]);
	});

	it('reports a live id missing from `published` at the content file and field that define it', () => {
		const problems = findPublishedIdProblems(phases, { published: ['first-day', 'clean-hands', 'spf-daily'], removed: {} }, file);
		expect(problems).toEqual([
			{
				file: 'content/aftercare/first-day.yaml',
				field: 'steps[1].id',
				message: expect.stringContaining(`"no-makeup" is not in ${file}: add it to \`published\``),
			},
			{ file: 'content/aftercare/first-week.yaml', field: 'id (the file name)', message: expect.stringContaining('"first-week"') },
		]);
	});
});

describe('parsePublishedIds', () => {
	it('reads a well-formed file, with an optional $comment', () => {
		const text = JSON.stringify({ $comment: 'note', published: ['a', 'b-c'], removed: { old: 'a' } });
		expect(parsePublishedIds(text, file)).toEqual({ record: { published: ['a', 'b-c'], removed: { old: 'a' } }, problems: [] });
	});

	it('names the file and says how to fix invalid JSON', () => {
		const { record, problems } = parsePublishedIds('{ "published": ["a",], }', file);
		expect(record).toBeUndefined();
		expect(problems).toEqual([
			{ file, field: '(the whole file)', message: expect.stringMatching(/^This is not valid JSON \(.+\)\. Fix the syntax/) },
		]);
	});

	it('explains the expected shape when the file is not an object', () => {
		expect(parsePublishedIds('["a"]', file).problems).toEqual([
			{ file, field: '(the whole file)', message: expect.stringContaining('"removed": { "old-id": "id-it-now-points-to" }') },
		]);
	});

	it('reports each wrong field: missing lists, bad ids, duplicates, unknown keys', () => {
		const text = JSON.stringify({ publshed: [], published: ['ok', 'Not An Id', 'ok', 3], removed: { 'Old Id': 'ok', gone: 5 } });
		const fields = parsePublishedIds(text, file).problems.map((problem) => problem.field);
		expect(fields).toEqual(['publshed', 'published[1]', 'published[2]', 'published[3]', 'removed.Old Id', 'removed.gone']);
		expect(parsePublishedIds('{}', file).problems.map((problem) => problem.field)).toEqual(['published', 'removed']);
	});
});

describe('formerIdsOf', () => {
	it('lists the old ids that now point to an id', () => {
		const record = { removed: { 'old-a': 'spf-daily', 'old-b': 'clean-hands', 'old-c': 'spf-daily' } };
		expect(formerIdsOf('spf-daily', record)).toEqual(['old-a', 'old-c']);
		expect(formerIdsOf('no-makeup', record)).toEqual([]);
	});
});

describe('reading the file from disk', () => {
	it('lives in the aftercare folder of the content directory', () => {
		expect(publishedIdsPath('content')).toBe(file);
	});

	it('reads the record, and an empty one when the file is missing', () => {
		const root = contentRoot(JSON.stringify({ published: ['a'], removed: { b: 'a' } }));
		expect(readPublishedIds(root)).toEqual({ published: ['a'], removed: { b: 'a' } });
		expect(readPublishedIds(contentRoot())).toEqual({ published: [], removed: {} });
	});

	it('throws a message naming the file and field when the file is malformed', () => {
		const root = contentRoot('{ "published": [] }');
		expect(() => readPublishedIds(root)).toThrow(/published-ids\.json → removed: Add `removed`/);
	});

	it('the check wants the file only when there is aftercare content, and then lists the ids to write', () => {
		expect(checkPublishedIds([], contentRoot())).toEqual([]);
		const problems = checkPublishedIds(phases, contentRoot());
		expect(problems).toHaveLength(1);
		expect(problems[0]?.message).toContain('The file is missing');
		expect(problems[0]?.message).toContain(`"published": ${JSON.stringify(allIds)}`);
	});

	it('the check reports a malformed file, and compares a good one with the content', () => {
		expect(checkPublishedIds(phases, contentRoot('nope'))[0]?.field).toBe('(the whole file)');
		expect(checkPublishedIds(phases, contentRoot(JSON.stringify({ published: allIds, removed: {} })))).toEqual([]);
	});
});

describe('the real record', () => {
	it('is well formed, and every removed id points to a published one (the build compares it with the content)', () => {
		const record = readPublishedIds();
		expect(record.published.length).toBeGreaterThan(0);
		for (const [from, to] of Object.entries(record.removed)) expect(record.published, `removed.${from}`).toContain(to);
	});
});
