/**
 * The spelling check (tools/check-spelling.ts) on small stand-ins for `content/` and `dist/`
 * (tests/fixtures/spelling/): a misspelling and a British spelling fail with file:line:column
 * and the word; ids, quotes, scripts and Pagefind's files are not read; Spanish (`content/es/`,
 * a page in `lang="es"`) is checked with the Spanish dictionary; and a correct set, which uses
 * words only the fixture's glossaries know, passes.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const fixtures = 'tests/fixtures/spelling';
// The project's Node (24, which runs .ts), even when Vitest itself was started by an older one.
const projectNode = `${root}node_modules/.bin/node`;
const node = existsSync(projectNode) ? projectNode : process.execPath;

function check(set: 'failing' | 'passing'): Promise<{ status: number; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn(node, ['tools/check-spelling.ts', `${fixtures}/${set}/content`, `${fixtures}/${set}/dist`], { cwd: root });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
		child.on('close', (status) => resolve({ status: status ?? 1, stdout, stderr }));
	});
}

describe('spelling check (tools/check-spelling.ts)', () => {
	let failing: Awaited<ReturnType<typeof check>>;
	let passing: Awaited<ReturnType<typeof check>>;
	beforeAll(async () => {
		// Each run loads cspell's dictionaries (seconds on a busy machine), so both run at once.
		[failing, passing] = await Promise.all([check('failing'), check('passing')]);
	}, 180_000);

	it('names the file, line, column and word of each mistake, with the fix, and fails', () => {
		expect(failing.status).toBe(1);
		const content = `${fixtures}/failing/content`;
		const dist = `${fixtures}/failing/dist`;
		expect(
			failing.stderr
				.trim()
				.split('\n')
				.filter((line) => !line.includes('/es/')),
		).toEqual([
			`${content}/faq/british.mdx:2:24  "colour" is the British spelling: write "color" (the site uses US English)`,
			`${content}/faq/british.mdx:10:47  "organise" is the British spelling: write "organize" (the site uses US English)`,
			`${content}/faq/misspelled.mdx:12:74  "recieve" is not a known word (did you mean "receive", "relieve", "received"?): correct it, or add it to cspell-words.txt if it is correct`,
			`${content}/suitability/suits.yaml:8:26  "Resluts" is not a known word (did you mean "results", "result", "result's"?): correct it, or add it to cspell-words.txt if it is correct`,
			// The column is the file's own, after an `&#39;` entity earlier on the line.
			`${dist}/index.html:3:101  "proceedure" is not a known word (did you mean "procedure", "proceeder", "procedures"?): correct it, or add it to cspell-words.txt if it is correct`,
			// Alt text is read as the page's text.
			`${dist}/index.html:4:41  "needels" is not a known word (did you mean "needles", "needers", "needle"?): correct it, or add it to cspell-words.txt if it is correct`,
		]);
		expect(failing.stdout).toMatch(/Spelling: 7 files checked, 6 with errors \(10 words\)/);
	});

	it('checks Spanish with the Spanish dictionary: a missing accent, a typo, an English-only spelling', () => {
		const content = `${fixtures}/failing/content/es`;
		// "Cuánto", "colágeno" and "clínica" on the same lines are right, so they are not reported;
		// "vitiligo" is English (the Spanish is "vitíligo"), and English dictionaries are off here.
		expect(
			failing.stderr
				.trim()
				.split('\n')
				.filter((line) => line.includes('/es/')),
		).toEqual([
			`${content}/faq/misspelled.mdx:5:41  "despues" is not a known word (did you mean "después", "despees", "despumes"?): correct it, or add it to cspell-words-es.txt if it is correct`,
			`${content}/faq/misspelled.mdx:10:60  "tratamieto" is not a known word (did you mean "tratamiento", "trabamiento", "tratamientos"?): correct it, or add it to cspell-words-es.txt if it is correct`,
			`${content}/faq/misspelled.mdx:10:80  "vitiligo" is not a known word (did you mean "virilizo", "vitelino", "virilizó"?): correct it, or add it to cspell-words-es.txt if it is correct`,
			// A page in lang="es" is read as Spanish, and its English title in lang="en" as English.
			`${fixtures}/failing/dist/es/index.html:2:55  "rapido" is not a known word (did you mean "rápido", "rapado", "rapiño"?): correct it, or add it to cspell-words-es.txt if it is correct`,
		]);
	});

	it('leaves out ids, MDX attributes, quotes, classes, styles, scripts, JSON-LD, code and Pagefind’s folder', () => {
		// Each of these is in the failing fixture, in a place that must not be read.
		for (const word of ['qzxv', 'wrtk', 'chnge', 'satisified', 'centre', 'xqzvbl', 'qzxvbl', 'wrtkqzx', 'pagefind']) {
			expect(failing.stderr.toLowerCase()).not.toContain(word);
		}
	});

	it('passes correct text, accents included, taking each language’s glossary names as words', () => {
		expect(passing.stderr).toBe('');
		expect(passing.status).toBe(0);
		// "Zentrolase" and "Zentrolasa" are in no dictionary: only the fixture's English and Spanish
		// glossaries make them words.
		expect(passing.stdout).toMatch(/Spelling: 6 files checked, 0 with errors \(0 words\)/);
	});
});
