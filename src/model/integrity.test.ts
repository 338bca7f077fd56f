import { describe, expect, it } from 'vitest';
import { answerIsEmpty, findDuplicateAnchors, findDuplicateQuestions, findEmptyAnswers, formatProblems, normalizeName } from './integrity';

describe('normalizeName', () => {
	it('ignores case and runs of white space', () => {
		expect(normalizeName('  Collagen   Induction\tTherapy ')).toBe('collagen induction therapy');
	});
});

describe('findDuplicateQuestions', () => {
	it('reports the second file asking a question already asked, naming the first', () => {
		const problems = findDuplicateQuestions([
			{ file: 'content/faq/a.mdx', question: 'Does it hurt?' },
			{ file: 'content/faq/b.mdx', question: 'Is it safe?' },
			{ file: 'content/faq/c.mdx', question: 'does  it HURT?' },
		]);
		expect(problems).toEqual([
			{
				file: 'content/faq/c.mdx',
				field: 'question',
				message: expect.stringContaining('already asked in content/faq/a.mdx'),
			},
		]);
	});

	it('accepts different questions', () => {
		expect(
			findDuplicateQuestions([
				{ file: 'a', question: 'One?' },
				{ file: 'b', question: 'Two?' },
			]),
		).toEqual([]);
	});
});

describe('findDuplicateAnchors', () => {
	it('reports a step id used in two phases, and a step id equal to a phase id', () => {
		const problems = findDuplicateAnchors([
			{ file: 'a/first.yaml', id: 'first', steps: [{ id: 'keep-clean' }] },
			{ file: 'a/second.yaml', id: 'second', steps: [{ id: 'keep-clean' }, { id: 'first' }] },
		]);
		expect(problems.map((problem) => [problem.file, problem.field])).toEqual([
			['a/second.yaml', 'steps[0].id'],
			['a/second.yaml', 'steps[1].id'],
		]);
	});

	it('reports a step id repeated within one phase', () => {
		const problems = findDuplicateAnchors([{ file: 'p.yaml', id: 'p', steps: [{ id: 'same' }, { id: 'same' }] }]);
		expect(problems).toHaveLength(1);
	});
});

describe('formatProblems', () => {
	it('puts the collection, the count, then each file and field first', () => {
		expect(
			formatProblems('faq', [
				{ file: 'content/faq/a.mdx', field: 'question', message: 'Fix it.' },
				{ file: 'content/faq/b.mdx', field: 'topic', message: 'Also this.' },
			]),
		).toBe('The faq content has 2 problems:\n  content/faq/a.mdx → question: Fix it.\n  content/faq/b.mdx → topic: Also this.');
		expect(formatProblems('x', [{ file: 'f', field: 'g', message: 'm' }])).toContain('1 problem:');
	});
});

describe('findEmptyAnswers', () => {
	const frontmatter = '---\nquestion: Does it hurt?\ntopic: treatment\n---\n';

	it('reports an FAQ file with nothing below its frontmatter, naming the file, the field and the fix', () => {
		const files: Record<string, string> = {
			'content/faq/empty.mdx': `${frontmatter}\n  \n`,
			'content/faq/answered.mdx': `${frontmatter}Most people feel pressure.\n`,
		};
		expect(findEmptyAnswers([{ file: 'content/faq/empty.mdx' }, { file: 'content/faq/answered.mdx' }], (file) => files[file]!)).toEqual([
			{
				file: 'content/faq/empty.mdx',
				field: 'answer',
				message:
					'The answer is empty. Write the answer below the frontmatter (after the second --- line): the direct answer first, in one or two sentences.',
			},
		]);
	});

	it('counts a body of comments only as empty, and any text or component as an answer', () => {
		expect(answerIsEmpty(`${frontmatter}{/* TODO */}\n<!-- later -->\n`)).toBe(true);
		expect(answerIsEmpty(`${frontmatter.trimEnd()}`)).toBe(true);
		expect(answerIsEmpty(`${frontmatter}Yes.`)).toBe(false);
		expect(answerIsEmpty(`${frontmatter}<Advice id="makeup" />`)).toBe(false);
	});
});
