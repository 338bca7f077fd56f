/**
 * Broken content stops the build with a message that names the file, the field and the fix.
 * Each case runs `astro sync` (the content step of `astro build`) on a small fixture folder
 * under tests/fixtures/content/, never on the real content.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

/** Syncs a fixture with its own cache, so the site's content store is never touched. */
function syncFixture(name: string): { status: number | null; output: string } {
	const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['sync'], {
		cwd: root,
		encoding: 'utf8',
		env: {
			...process.env,
			CONTENT_DIR: `tests/fixtures/content/${name}`,
			ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), `astro-${name}-`)),
			NO_COLOR: '1',
			FORCE_COLOR: '0',
		},
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('content errors', () => {
	it('accepts a valid fixture (so each failure below comes from its one mistake)', () => {
		const { status, output } = syncFixture('valid');
		expect(output).toContain('Synced content');
		expect(status).toBe(0);
	});

	it('names the file and the missing field', () => {
		const { status, output } = syncFixture('missing-field');
		expect(status).not.toBe(0);
		expect(output).toContain('faq/no-question.mdx');
		expect(output).toContain('question: Add `question`: the question as a client would ask it');
	});

	it('names a mistyped field and lists the fields allowed', () => {
		const { status, output } = syncFixture('unknown-field');
		expect(status).not.toBe(0);
		expect(output).toContain('faq/typo.mdx');
		expect(output).toMatch(/Unknown field `sumary`: remove it or fix its spelling\. Fields allowed here: question, topic, order, summary/);
	});

	it('rejects an unknown FAQ topic and lists the topics', () => {
		const { status, output } = syncFixture('unknown-topic');
		expect(status).not.toBe(0);
		expect(output).toContain('faq/pricing.mdx');
		expect(output).toContain('topic: Unknown topic "pricing". Use one of: basics, treatment, results, safety, aftercare, choices.');
	});

	it('rejects a related id that does not exist, naming the collection and the fix', () => {
		const { status, output } = syncFixture('missing-reference');
		expect(status).not.toBe(0);
		expect(output).toContain('faq/does-it-hurt.mdx');
		expect(output).toContain('related.glossary.0: There is no glossary entry "no-such-term"');
		expect(output).toContain('Fix the id or create the entry.');
	});

	it('rejects two FAQ entries asking the same question, naming both files', () => {
		const { status, output } = syncFixture('duplicate-question');
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/faq\/is-it-painful\.mdx → question: The question "Does it {2}HURT\?" is already asked in \S*faq\/does-it-hurt\.mdx/,
		);
	});

	it('rejects an alias used by two glossary terms, naming the file and the alias', () => {
		const { status, output } = syncFixture('shared-alias');
		expect(status).not.toBe(0);
		expect(output).toMatch(/glossary\/skin-needling\.mdx → aliases\[0\]: "cit" is already an alias of \S*glossary\/microneedling\.mdx/);
	});

	it('explains a summary that is too short and review dates in the wrong order', () => {
		const { status, output } = syncFixture('bad-summary-and-dates');
		expect(status).not.toBe(0);
		expect(output).toContain('summary: Lengthen `summary` to at least 50 characters (it has 10)');
		expect(output).toContain('nextReview: `nextReview` must be a later date than `lastReviewed`.');
	});

	it('rejects an aftercare step id used twice, since each is a link anchor', () => {
		const { status, output } = syncFixture('duplicate-step-id');
		expect(status).not.toBe(0);
		expect(output).toMatch(/aftercare\/first-week\.yaml → steps\[0\]\.id: The id "keep-clean" is already used by \S*aftercare\/first-day\.yaml/);
	});

	it('rejects a published aftercare id that the content lost, naming the record file, the id and the fix', () => {
		const { status, output } = syncFixture('removed-aftercare-id');
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/removed-aftercare-id\/aftercare\/published-ids\.json → published\[2\]: The aftercare id "no-makeup" was published, but no phase or step has it now\./,
		);
		expect(output).toContain('Staff links to it (/aftercare/#no-makeup, /a/no-makeup/) would break.');
		expect(output).toContain('Put it back, or add it to `removed`');
	});
});
