/**
 * The terminology lint (`npm run lint:content`) on small fixture folders: each rule fires with
 * file, line, column and the fix, in English and in the Spanish translation folder (`es/`) with
 * its own glossary; quoted mentions and spelled-out abbreviations pass, and the real content
 * lints clean.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatFinding, lintContent } from '../../src/vocabulary/lint/lint-files';

const root = new URL('../..', import.meta.url).pathname;
const mistakes = 'tests/fixtures/lint/mistakes';
const spanish = (file: string) => file.includes('/es/');

/** Runs the command as `npm run lint:content` does, on a content folder. */
function lintCommand(contentDir: string) {
	return spawnSync(process.execPath, ['tools/lint-terminology.ts'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, CONTENT_DIR: contentDir },
	});
}

describe('terminology lint on fixtures', () => {
	it('reports each wrong spelling, in frontmatter, body and YAML, with its line, column and fix', async () => {
		const { findings } = await lintContent(`${root}${mistakes}`);
		const printed = findings
			.filter(({ file }) => !spanish(file))
			.map((finding) => formatFinding({ ...finding, file: finding.file.slice(root.length) }));
		expect(printed.filter((line) => line.endsWith('(terminology)'))).toEqual([
			`${mistakes}/aftercare/first-day.yaml:9:7  Write "microneedling", not "micro-needling" (terminology)`,
			`${mistakes}/faq/wrong-spelling.mdx:2:14  Write "microneedling", not "micro-needling" (terminology)`,
			`${mistakes}/faq/wrong-spelling.mdx:9:6  Write "Microneedling", not "Micro-needling" (terminology)`,
			`${mistakes}/faq/wrong-spelling.mdx:11:9  Write "minimally invasive", not "non-invasive" (terminology)`,
			`${mistakes}/faq/wrong-spelling.mdx:13:20  Write "CIT", not "C.I.T." (terminology)`,
		]);
	});

	it('reports an abbreviation used before it is spelled out, at its first use', async () => {
		const { findings } = await lintContent(`${root}${mistakes}`);
		expect(findings.filter(({ file, rule }) => rule === 'abbreviations' && !spanish(file))).toEqual([
			{
				file: `${root}${mistakes}/faq/unspelled-abbreviation.mdx`,
				line: 6,
				column: 1,
				message: 'Spell out "CIT" where this file first uses it: write "collagen induction therapy (CIT)"',
				rule: 'abbreviations',
			},
		]);
	});

	it('leaves ids and references alone, and lets quoted wrong forms through', async () => {
		const { findings } = await lintContent(`${root}${mistakes}`);
		// `related: [micro-needling]` (line 5), the curly-quoted summary (line 6), the single-quoted
		// mention (line 11, column 50) and the step id `after-micro-needling` are not findings.
		const english = findings.filter(({ file }) => !spanish(file));
		const lines = english.map(({ file, line }) => `${file.slice(file.lastIndexOf('/') + 1)}:${line}`);
		expect(lines).not.toContain('wrong-spelling.mdx:5');
		expect(lines).not.toContain('wrong-spelling.mdx:6');
		expect(lines).not.toContain('first-day.yaml:4');
		expect(english.filter(({ line }) => line === 11)).toHaveLength(1);
	});

	it('reports a Spanish variant with the Spanish glossary, keeping a capital after "¿" and the right plural', async () => {
		const { findings } = await lintContent(`${root}${mistakes}`);
		const printed = findings
			.filter(({ file, rule }) => spanish(file) && rule === 'terminology')
			.map((finding) => formatFinding({ ...finding, file: finding.file.slice(root.length) }));
		// "micropunciones" (line 3) is the right plural, and the quoted "micropuncion" is a mention;
		// "CIT" is in the English glossary only, so it is no abbreviation in Spanish.
		expect(printed).toEqual([
			`${mistakes}/es/faq/wrong-spelling.mdx:2:12  Write "Micropunción", not "Micropuncion" (terminology)`,
			`${mistakes}/es/faq/wrong-spelling.mdx:5:12  Write "micropunción", not "micropuncion" (terminology)`,
			`${mistakes}/es/faq/wrong-spelling.mdx:7:27  Write "TIC", not "T.I.C." (terminology)`,
		]);
	});

	it('reports a Spanish abbreviation not spelled out at its first use in the file, with the Spanish words', async () => {
		const { findings } = await lintContent(`${root}${mistakes}`);
		expect(findings.filter(({ file, rule }) => rule === 'abbreviations' && spanish(file))).toEqual([
			{
				file: `${root}${mistakes}/es/faq/unspelled-abbreviation.mdx`,
				line: 5,
				column: 4,
				message: 'Spell out "TIC" where this file first uses it: write "terapia de inducción de colágeno (TIC)"',
				rule: 'abbreviations',
			},
		]);
	});

	it('passes a clean folder: quoted mentions, "ABBR (expansion)", an expansion used earlier, a Spanish plural', async () => {
		expect((await lintContent(`${root}tests/fixtures/lint/clean`)).findings).toEqual([]);
	});

	it('prints each finding as file:line:column and exits 1 when there are findings, 0 when clean', () => {
		const failing = lintCommand(mistakes);
		expect(failing.status).toBe(1);
		expect(failing.stderr).toContain(`${mistakes}/faq/wrong-spelling.mdx:2:14  Write "microneedling", not "micro-needling" (terminology)`);
		expect(failing.stdout).toContain('Terminology lint: 8 content files checked, 10 problems.');

		const passing = lintCommand('tests/fixtures/lint/clean');
		expect(passing.stderr).toBe('');
		expect(passing.stdout).toContain('Terminology lint: 6 content files checked, no problems.');
		expect(passing.status).toBe(0);
	});
});

describe('terminology lint on the real content', () => {
	it('finds nothing to fix in content/, English and Spanish', async () => {
		const { files, findings } = await lintContent(`${root}content`);
		expect(files.length).toBeGreaterThan(50);
		expect(files.filter(({ path }) => spanish(path)).length).toBeGreaterThan(50);
		expect(findings.map(formatFinding)).toEqual([]);
	});
});
