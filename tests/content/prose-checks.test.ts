/**
 * The checks of `tools/check-content.ts`, run on small fixtures with known mistakes: the
 * prose fixture (a few mistakes per file, each on its own line, beside text that must pass) and
 * the content fixtures it shares with the build.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

/** Runs the content checks on a fixture folder, on a fixed day so review dates never fall due. */
function checkContent(dir: string, today = '2026-11-22') {
	return spawnSync(process.execPath, ['tools/check-content.ts'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, CONTENT_DIR: dir, CONTENT_TODAY: today },
	});
}

describe('content prose checks', () => {
	const result = checkContent('tests/fixtures/prose');

	/** The lines reported for one fixture file. */
	const reported = (file: string) => result.stderr.split('\n').filter((line) => line.startsWith(`tests/fixtures/prose/${file}:`));

	it('reports a typed figure and a placeholder with file and line, but not the facts or advice file itself', () => {
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('tests/fixtures/prose/faq/how-many.mdx:4: the figure "3-6 sessions" is typed in prose');
		expect(result.stderr).toContain('tests/fixtures/prose/faq/how-many.mdx:5: placeholder text left in');
		expect(result.stderr).not.toContain('prose/facts.yaml:');
		expect(result.stderr).not.toContain('prose/advice.yaml:');
		expect(result.stdout).toContain('10 content files checked, 16 problems.');
	});

	it('reports evidence rated in words other than the scale, with the fix, and lets the scale’s words pass', () => {
		expect(reported('faq/best-evidence.mdx')).toEqual([
			'tests/fixtures/prose/faq/best-evidence.mdx:5: "The best evidence" rates the evidence in words of its own. Say how strong it is only with the scale (moderate, some or little evidence) that the concern\'s entry in content/benefits/ gives, or say what was studied ("acne scars are the use studied most").',
			'tests/fixtures/prose/faq/best-evidence.mdx:5: "clinically proven" rates the evidence in words of its own. Say how strong it is only with the scale (moderate, some or little evidence) that the concern\'s entry in content/benefits/ gives, or say what was studied ("acne scars are the use studied most").',
		]);
	});

	it('reports a single count ("4 days") and a count in words ("three days"), with the fix', () => {
		expect(result.stderr).toContain(
			'tests/fixtures/prose/faq/settles.mdx:8: the figure "4 days" is typed in prose. State it once in tests/fixtures/prose/facts.yaml and write <Fact id="…" /> here',
		);
		expect(result.stderr).toContain('tests/fixtures/prose/faq/settles.mdx:8: the figure "three days" is typed in prose.');
	});

	it('does not report the aftercare phase names, read from the aftercare titles, nor a quote and where it is', () => {
		// "the first 24 hours" (line 10 and the aftercare file) and "Days 2 and 3" are phase names;
		// lines 5 and 6 are a source's own words and their place.
		expect(reported('faq/settles.mdx').map((line) => line.split(':')[1])).toEqual(['3', '8', '8', '12', '12']);
		expect(reported('aftercare/first-24-hours.yaml').map((line) => line.split(':')[1])).toEqual(['11']);
	});

	it('reports an advice timing typed in prose, with the fix for a body, a frontmatter field and an aftercare step', () => {
		expect(result.stderr).toContain(
			'tests/fixtures/prose/faq/settles.mdx:12: Advice on wearing makeup gives a time ("after 2 days"): write <Advice id="makeup" /> so every page gives the same timing (tests/fixtures/prose/advice.yaml).',
		);
		// Each activity with the time said about it, and no second report of "2 days" as a figure.
		expect(result.stderr).toContain(
			'tests/fixtures/prose/faq/settles.mdx:12: Advice on exercise and sweating gives a time ("straight away"): write <Advice id="exercise" />',
		);
		expect(result.stderr).not.toContain('the figure "2 days"');
		expect(result.stderr).toContain(
			'tests/fixtures/prose/faq/settles.mdx:3: Advice on wearing makeup gives a time ("the next day"): take the time out of this field (it cannot show a component) and give it in the body with <Advice id="makeup" />',
		);
		expect(result.stderr).toContain(
			'tests/fixtures/prose/aftercare/first-24-hours.yaml:11: Advice on wearing makeup gives a time ("for 2 days"): take the time out of the step and set `timing: makeup` on it',
		);
	});

	it('reports an unknown <Fact id> and <Advice id> with the file, the line and the ids there are', () => {
		expect(reported('faq/unknown-ids.mdx')).toEqual([
			'tests/fixtures/prose/faq/unknown-ids.mdx:6: <Fact id="nope" />: there is no fact "nope" in tests/fixtures/prose/facts.yaml. Use one of: course-sessions.',
			'tests/fixtures/prose/faq/unknown-ids.mdx:6: <Advice id="swimming" />: there is no advice entry "swimming" in tests/fixtures/prose/advice.yaml. Use one of: exercise, makeup.',
		]);
	});

	it('reports an FAQ answer that is empty (comments aside), at the line after the frontmatter', () => {
		expect(reported('faq/empty-answer.mdx')).toEqual([
			'tests/fixtures/prose/faq/empty-answer.mdx:4: answer: The answer is empty. Write the answer below the frontmatter (after the second --- line): the direct answer first, in one or two sentences.',
		]);
	});

	it('reports an image without alt text, with file, line and fix', () => {
		expect(result.stderr).toContain(
			'tests/fixtures/prose/glossary/derma-roller.mdx:6: the image "derma-roller.png" has no alt text. Say what it shows inside the brackets, for example ![A microneedling pen held against the cheek](derma-roller.png).',
		);
	});

	it('reports a heading that skips a level after the page title, with the level to use', () => {
		expect(result.stderr).toContain(
			'tests/fixtures/prose/pages/aftercare.mdx:6: "### The first day" skips a heading level: the heading above it is the page title, level 1, so make this ## (never skip a level).',
		);
	});

	it('reports a heading in an FAQ answer, which is shown under its question', () => {
		expect(result.stderr).toContain(
			'tests/fixtures/prose/faq/does-it-hurt.mdx:6: an FAQ answer has no headings: it is shown under its question, on /faq/ and in clinics\' embeds. Remove "## Numbing cream", or make it a question of its own.',
		);
	});
});

describe('content checks on the build fixtures', () => {
	it('reports an MDX syntax error with file, line and column and the fix Astro leaves out', () => {
		const { status, stderr } = checkContent('tests/fixtures/content/mdx-syntax-error');
		expect(status).toBe(1);
		expect(stderr).toContain(
			'tests/fixtures/content/mdx-syntax-error/faq/does-it-hurt.mdx:15: the MDX does not parse (column 15): Expected a closing tag for `<strong>` (15:15) before the end of `paragraph`. MDX reads "<" as the start of a tag',
		);
		expect(stderr).toContain('Close every tag you open');
	});

	it('lists every overdue entry with the line of its nextReview, whichever collection it is in', () => {
		const { status, stderr, stdout } = checkContent('tests/fixtures/content/overdue-review');
		expect(status).toBe(1);
		expect(stderr).toContain(
			'tests/fixtures/content/overdue-review/faq/does-it-hurt.mdx:7: nextReview: due 2026-10-01, 52 days ago. Review the entry, then set lastReviewed to today and nextReview to a later date.',
		);
		expect(stdout).toContain('2 content files checked, 1 problem.');
		expect(checkContent('tests/fixtures/content/overdue-review', '2026-10-01').status).toBe(0);
	});

	it('reports a mistyped <Fact id> that astro sync lets through, naming the file, the line and the facts there are', () => {
		const { status, stderr } = checkContent('tests/fixtures/content/unknown-fact');
		expect(status).toBe(1);
		expect(stderr.trim()).toBe(
			'tests/fixtures/content/unknown-fact/faq/how-many-sessions.mdx:11: <Fact id="session-lenght" />: there is no fact "session-lenght" in tests/fixtures/content/unknown-fact/facts.yaml. Use one of: course-sessions, session-length.',
		);
	});

	it('reports the empty answer the build fixture stops on, here with its line', () => {
		const { status, stderr } = checkContent('tests/fixtures/content/empty-answer');
		expect(status).toBe(1);
		expect(stderr).toContain('tests/fixtures/content/empty-answer/faq/makeup-afterwards.mdx:13: answer: The answer is empty.');
	});

	it('passes the valid fixture', () => {
		expect(checkContent('tests/fixtures/content/valid').status).toBe(0);
	});

	it('reports a term with plain words used without them in a step, an advice entry or the getting-ready step, and nowhere else', () => {
		const { status, stderr, stdout } = checkContent('tests/fixtures/plain-words');
		expect(status).toBe(1);
		const glossary = 'tests/fixtures/plain-words/glossary/retinoids.mdx → plainWords';
		const fix = (name: string) =>
			`"${name}" needs its plain words here, "vitamin A" (${glossary}): the glossary's link and tooltip do not reach this text, and never print. Say what it means in the same step, advice or paragraph, for example "${name} (vitamin A)".`;
		// The step whose reason says "vitamin A", the list item that does, and the FAQ answer pass.
		expect(stderr.trim().split('\n')).toEqual([
			`tests/fixtures/plain-words/advice.yaml:4: ${fix('retinoid')}`,
			`tests/fixtures/plain-words/aftercare/first-week.yaml:7: ${fix('retinoids')}`,
			`tests/fixtures/plain-words/procedure/preparation.mdx:15: ${fix('retinoid')}`,
		]);
		expect(stdout).toContain('5 content files checked, 3 problems.');
	});
});

describe('translation checks', () => {
	const result = checkContent('tests/fixtures/translations');

	it('fails on a translation whose English entry has changed since, and says how to update it', () => {
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			'tests/fixtures/translations/es/faq/does-it-hurt.mdx:2: translates: It restates an older version of tests/fixtures/translations/faq/does-it-hurt.mdx. Update it to say what the English now says, then run `npm run translations -- --stamp tests/fixtures/translations/es/faq/does-it-hurt.mdx`.',
		);
	});

	it('fails on a figure typed into a translation', () => {
		expect(result.stderr).toContain(
			'tests/fixtures/translations/es/faq/does-it-hurt.mdx:6: the figure "30" is typed in a translation. Every figure comes from tests/fixtures/translations/facts.yaml',
		);
	});
});
