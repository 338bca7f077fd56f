import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testVocabulary } from '../../../tests/fixtures/vocabulary';
import type { VocabularyTerm } from '../terms';
import { contentFiles, createContentLinter, formatFinding, lintFiles } from './lint-files';

const vocabulary: VocabularyTerm[] = [
	...testVocabulary,
	{
		id: 'microneedling-pen',
		term: 'Microneedling pen',
		aliases: [],
		definition: 'A pen-shaped device.',
		variants: [{ wrong: 'micro-needling pen', use: 'microneedling pen' }],
		searchNames: [],
	},
];

async function messages(text: string, path = 'page.mdx') {
	const linter = await createContentLinter(vocabulary);
	const result = await linter.lintText(text, path);
	return result.messages.map(({ loc, message, ruleId }) => ({ line: loc.start.line, column: loc.start.column, message, ruleId }));
}

const root = mkdtempSync(join(tmpdir(), 'lint-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): string {
	const file = join(root, path);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, text);
	return file;
}

describe('createContentLinter', () => {
	it('catches a glossary variant in MDX and gives the form to use', async () => {
		expect(await messages('Is micro-needling safe?')).toEqual([
			{ line: 1, column: 4, message: 'Incorrect term: “micro-needling”, use “microneedling” instead', ruleId: 'terminology' },
		]);
	});

	it('passes the right spelling, and leaves out the rule’s own default word list', async () => {
		expect(await messages('Microneedling is done with a microneedling pen. Javascript and NPM are not our words.')).toEqual([]);
	});

	it('lets a quoted wrong form through, in straight or curly quotation marks', async () => {
		expect(await messages('Some ads say "micro-needling", “C.I.T.” or \'platelet rich plasma\'.')).toEqual([]);
		expect(await messages('Some ads say "micro-needling treatment".')).toHaveLength(1);
	});

	it('runs the abbreviation rule too', async () => {
		expect((await messages('Ask about PRP.')).map(({ ruleId }) => ruleId)).toEqual(['abbreviations']);
	});

	it('reads YAML prose as Markdown', async () => {
		expect(await messages('Wash with micro-needling care.', 'first-day.yaml.md')).toHaveLength(1);
	});
});

describe('contentFiles', () => {
	it('finds the files through the collection table, leaving out sources.yaml and other folders', () => {
		write('files/faq/b.mdx', '');
		write('files/faq/a.mdx', '');
		write('files/faq/notes.txt', '');
		write('files/aftercare/first-day.yaml', '');
		write('files/facts.yaml', '');
		write('files/sources.yaml', '');
		write('files/drafts/c.mdx', '');
		expect(contentFiles(join(root, 'files')).map(({ path, kind }) => [path.slice(root.length + 1), kind])).toEqual([
			['files/facts.yaml', 'yaml'],
			['files/aftercare/first-day.yaml', 'yaml'],
			['files/faq/a.mdx', 'mdx'],
			['files/faq/b.mdx', 'mdx'],
		]);
	});
});

describe('lintFiles', () => {
	it('points a frontmatter finding at its real line and column, with the fix as the message', async () => {
		const file = write('frontmatter/faq/q.mdx', '---\nquestion: Is micro-needling safe?\ntopic: safety\n---\nYes.\n');
		expect(await lintFiles([{ path: file, kind: 'mdx' }], vocabulary)).toEqual([
			{ file, line: 2, column: 14, message: 'Write "microneedling", not "micro-needling"', rule: 'terminology' },
		]);
	});

	it('reports two wrong forms that start at one place once, with the longer fix', async () => {
		const file = write('overlap/faq/q.mdx', 'Buy a micro-needling pen.\n');
		expect((await lintFiles([{ path: file, kind: 'mdx' }], vocabulary)).map(({ message }) => message)).toEqual([
			'Write "microneedling pen", not "micro-needling pen"',
		]);
	});

	it('reports a file that textlint cannot read instead of stopping', async () => {
		const file = write('broken/faq/q.mdx', 'An open {expression\n');
		const [finding] = await lintFiles([{ path: file, kind: 'mdx' }], vocabulary);
		expect(finding).toMatchObject({ file, line: 1, rule: 'parse' });
	});
});

describe('formatFinding', () => {
	it('prints path, line and column first, then the fix and the rule', () => {
		expect(
			formatFinding({
				file: 'content/faq/x.mdx',
				line: 12,
				column: 5,
				message: 'Write "microneedling", not "micro-needling"',
				rule: 'terminology',
			}),
		).toBe('content/faq/x.mdx:12:5  Write "microneedling", not "micro-needling" (terminology)');
	});
});
