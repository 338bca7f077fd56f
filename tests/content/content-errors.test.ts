/**
 * Broken content stops the build with a message that names the file, the field and the fix; an
 * entry past its review date only warns, in the same form.
 * Each case runs `astro sync` (the content step of `astro build`) on a small fixture folder
 * under tests/fixtures/content/, never on the real content.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

/**
 * The day every case runs on (`CONTENT_TODAY`), so the fixtures' review dates never fall due
 * and only the overdue-review case has an entry past its `nextReview`.
 */
const fixtureToday = '2026-11-22';

/**
 * Runs an Astro command on a fixture with its own cache, so the site's content store is never
 * touched: `sync` by default, the content step of `astro build`.
 */
function syncFixture(
	name: string,
	{ args = ['sync'], env = {} }: { args?: string[]; env?: Record<string, string> } = {},
): { status: number | null; output: string } {
	const result = spawnSync(join(root, 'node_modules/.bin/astro'), args, {
		cwd: root,
		encoding: 'utf8',
		env: {
			...process.env,
			CONTENT_DIR: `tests/fixtures/content/${name}`,
			CONTENT_TODAY: fixtureToday,
			ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), `astro-${name}-`)),
			NO_COLOR: '1',
			FORCE_COLOR: '0',
			...env,
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
		expect(output).toMatch(/Unknown field `sumary`: remove it or fix its spelling\. Fields allowed here: question, summary, topic, order/);
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

	it('rejects a search name two glossary terms list, naming the file, the field and the fix', () => {
		const { status, output } = syncFixture('shared-search-name');
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/glossary\/roller\.mdx → searchNames\[1\]: "dermapen" is already a search name of \S*glossary\/microneedling-pen\.mdx: a search name finds one term only\./,
		);
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
		expect(output).toMatch(
			/aftercare\/first-week\.yaml → steps\[0\]\.id: The id "keep-clean" is already used by \S*aftercare\/first-day\.yaml/,
		);
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

	it('rejects an evidence level on not having treatment, since evidence rates a treatment', () => {
		const { status, output } = syncFixture('option-evidence-for-none');
		expect(status).not.toBe(0);
		expect(output).toContain('options/doing-nothing.yaml');
		expect(output).toContain('evidence: Remove `evidence`: it does not apply to `kind: none`.');
	});

	it('rejects a downtime span written highest first, and says how to write one', () => {
		const { status, output } = syncFixture('option-bad-downtime');
		expect(status).not.toBe(0);
		expect(output).toContain('options/chemical-peels.yaml');
		expect(output).toContain(
			'downtime.level: Set `level` to one downtime level (none, short, medium, long), or to two in a list, the lowest first',
		);
	});

	it('warns about an entry past its review date, naming the file, the date, the days and the fix, and goes on', () => {
		// An overdue review must never hold back an urgent fix: the build warns, its pages say
		// they are due for review, and `npm test` fails instead (tests/content/prose-checks.test.ts).
		const { status, output } = syncFixture('overdue-review');
		expect(output).toMatch(
			/\[WARN\] \[[\w-]+\] The faq content has 1 problem:\n {2}tests\/fixtures\/content\/overdue-review\/faq\/does-it-hurt\.mdx → nextReview: due 2026-10-01, 52 days ago\. Review the entry, then set lastReviewed to today and nextReview to a later date\./,
		);
		expect(output).toContain('Synced content');
		expect(status).toBe(0);
	});

	it('has nothing to say about the same entry on the day its review is due (CONTENT_TODAY sets the day)', () => {
		const { status, output } = syncFixture('overdue-review', { env: { CONTENT_TODAY: '2026-10-01' } });
		expect(output).not.toContain('does-it-hurt.mdx → nextReview');
		expect(output).toContain('Synced content');
		expect(status).toBe(0);
	});

	it('stops on frontmatter that is not valid YAML, with the file, line and column, and the fix as the hint', () => {
		// js-yaml's words and position, as @astrojs/mdx reports them; the hint is ours (loaders.ts).
		const { status, output } = syncFixture('malformed-yaml');
		expect(status).not.toBe(0);
		expect(output).toContain('bad indentation of a mapping entry');
		expect(output).toContain('tests/fixtures/content/malformed-yaml/faq/does-it-hurt.mdx:5:35');
		expect(output).toMatch(/Hint:\s+The YAML here does not parse \(in an MDX file: the frontmatter between the two --- lines\)/);
		expect(output).toContain('put a value that contains ": " or " #"');
	});

	it('stops on an FAQ entry with an empty answer, naming the file, the field and the fix', () => {
		// Without this, the entry passes the content step and stops the build in the JSON feed
		// (`questions[6].answer.text: Too small`), which names no file.
		const { status, output } = syncFixture('empty-answer');
		expect(status).not.toBe(0);
		expect(output).toContain('The faq content has 1 problem:');
		expect(output).toContain(
			'tests/fixtures/content/empty-answer/faq/makeup-afterwards.mdx → answer: The answer is empty. Write the answer below the frontmatter (after the second --- line): the direct answer first, in one or two sentences.',
		);
	});

	it('an MDX syntax error passes `astro sync` (bodies are compiled later) and stops `astro build` at its line', () => {
		expect(syncFixture('mdx-syntax-error').status).toBe(0);
		// Astro's own message names the file, line and column but gives no fix; tools/check-content.ts
		// reports the same error with one (tests/content/prose-checks.test.ts), and runs before the build.
		const outDir = mkdtempSync(join(tmpdir(), 'astro-mdx-syntax-error-dist-'));
		const { status, output } = syncFixture('mdx-syntax-error', { args: ['build', '--outDir', outDir] });
		expect(status).not.toBe(0);
		expect(output).toContain(
			'15:15: Expected a closing tag for `<strong>` (15:15) before the end of `paragraph` (mdx-jsx:unexpected-character)',
		);
		expect(output).toContain('tests/fixtures/content/mdx-syntax-error/faq/does-it-hurt.mdx:15:15');
	});
	it('stops on a citation without the source\u2019s words, naming the field and the fix', () => {
		const { status, output } = syncFixture('missing-quote');
		expect(status).not.toBe(0);
		expect(output).toContain('faq/does-it-hurt.mdx');
		expect(output).toContain("sources.0.quote: Add `quote`: the source's own words (at most 40), copied exactly, that support the claim.");
		expect(output).toContain('mark the claim `basis: clinic-practice`');
	});

	it('stops on a quote longer than 40 words, giving its length', () => {
		const { status, output } = syncFixture('long-quote');
		expect(status).not.toBe(0);
		expect(output).toContain('faq/does-it-hurt.mdx');
		expect(output).toContain('sources.0.quote: Shorten `quote` to 40 words or fewer (it has 43)');
	});

	it('stops on a source cited by id alone, showing the form a citation takes', () => {
		const { status, output } = syncFixture('bare-source-id');
		expect(status).not.toBe(0);
		expect(output).toContain('faq/does-it-hurt.mdx');
		expect(output).toContain('sources.0: Cite each source as `{ id, quote, where }`');
	});

	it('stops on an aftercare step whose words read the other way from its Do or Don\u2019t label', () => {
		const { status, output } = syncFixture('step-wording');
		expect(status).not.toBe(0);
		expect(output).toContain('step-wording/aftercare/first-day.yaml');
		expect(output).toContain(
			'steps.0.text: This step has `action: dont`, so it is shown beside a red "Don\'t" label, but its text "Stay out of pools." does not say what to avoid. Start it with "Don\'t", "Do not", "Avoid" or "Never"',
		);
		expect(output).toContain(
			'steps.1.text: This step has `action: do`, so it is shown beside a green "Do" label, but its text "Don\'t touch your face." says what to avoid. Set `action: dont`',
		);
	});

	it("stops on a number typed in a fact's wording, where no language could format it", () => {
		const { status, output } = syncFixture('typed-figure');
		expect(status).not.toBe(0);
		expect(output).toContain('typed-figure/facts.yaml');
		expect(output).toContain('wording: `wording`: a number is typed in the words: give it as a figure in `figures`');
	});

	it('stops on a Fact in a text field that names no fact', () => {
		const { status, output } = syncFixture('unknown-fact-in-text');
		expect(status).not.toBe(0);
		expect(output).toContain('faq/does-it-hurt.mdx');
		expect(output).toContain(
			'summary: <Fact id="sesion-length" />: there is no fact "sesion-length" in tests/fixtures/content/unknown-fact-in-text/facts.yaml.',
		);
	});

	it('stops on an entry with no translation, naming the file to write', () => {
		const { status, output } = syncFixture('missing-translation');
		expect(status).not.toBe(0);
		expect(output).toContain(
			'missing-translation/es/faq/does-it-hurt.mdx → does-it-hurt: The Español translation of tests/fixtures/content/missing-translation/faq/does-it-hurt.mdx is missing.',
		);
	});

	it('stops on a translation with words its English entry does not have', () => {
		const { status, output } = syncFixture('translation-mismatch');
		expect(status).not.toBe(0);
		expect(output).toContain(
			'translation-mismatch/es/glossary/microneedling.mdx → plainWords: Remove `plainWords`: the English entry has no such words to translate.',
		);
	});

	it('warns on a translation whose English changed since, and still syncs (its page shows a notice)', () => {
		const { status, output } = syncFixture('stale-translation');
		expect(output).toContain(
			'stale-translation/es/faq/does-it-hurt.mdx → translates: It restates an older version of tests/fixtures/content/stale-translation/faq/does-it-hurt.mdx.',
		);
		expect(output).not.toContain('es/faq/how-long.mdx →');
		expect(output).toContain('Synced content');
		expect(status).toBe(0);
	});

	it('stops on two Spanish names of different terms that would share an address', () => {
		const { status, output } = syncFixture('shared-spanish-address');
		expect(status).not.toBe(0);
		expect(output).toContain(
			'shared-spanish-address/es/glossary/microneedling.mdx → term: "Micropunción" would have the address micropuncion, which is already the address of "micropuncion" in tests/fixtures/content/shared-spanish-address/es/glossary/collagen.mdx',
		);
	});

	it('stops on a figure that neither cites a source nor is marked clinic practice', () => {
		const { status, output } = syncFixture('unsourced-fact');
		expect(status).not.toBe(0);
		expect(output).toContain('unsourced-fact/facts.yaml');
		expect(output).toContain('sources: This claim rests on nothing yet.');
		expect(output).toContain('mark it `basis: clinic-practice`');
	});
});
