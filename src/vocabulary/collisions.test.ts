import { describe, expect, it } from 'vitest';
import { findVocabularyCollisions } from './collisions';

describe('findVocabularyCollisions', () => {
	const microneedling = {
		id: 'microneedling',
		file: 'glossary/microneedling.mdx',
		term: 'Microneedling',
		aliases: ['collagen induction therapy', 'CIT'],
		variants: [{ wrong: 'micro-needling', use: 'microneedling' }],
	};

	it('accepts names claimed once, and one entry repeating its own name', () => {
		expect(
			findVocabularyCollisions([
				microneedling,
				{ ...microneedling, id: 'collagen', file: 'x', term: 'Collagen', aliases: [], variants: [] },
			]),
		).toEqual([]);
		expect(findVocabularyCollisions([{ ...microneedling, aliases: ['CIT', 'cit'] }])).toEqual([]);
	});

	it('reports an alias used by two terms, naming the file and the alias field', () => {
		const problems = findVocabularyCollisions([
			microneedling,
			{ id: 'skin-needling', file: 'glossary/skin-needling.mdx', term: 'Skin needling', aliases: ['CIT'], variants: [] },
		]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'glossary/skin-needling.mdx', field: 'aliases[0]' });
		expect(problems[0]?.message).toContain('"CIT" is already an alias of glossary/microneedling.mdx');
	});

	it('reports an alias equal to another entry’s term', () => {
		const [problem] = findVocabularyCollisions([
			microneedling,
			{ id: 'pen', file: 'glossary/pen.mdx', term: 'Pen', aliases: ['microneedling'], variants: [] },
		]);
		expect(problem?.message).toContain('already the term of glossary/microneedling.mdx');
	});

	it('reports a wrong spelling listed twice, or listed although another entry uses it as a name', () => {
		const problems = findVocabularyCollisions([
			microneedling,
			{
				id: 'other',
				file: 'g/other.mdx',
				term: 'Other',
				aliases: [],
				variants: [
					{ wrong: 'Micro-Needling', use: 'x' },
					{ wrong: 'CIT', use: 'y' },
				],
			},
		]);
		expect(problems.map((problem) => problem.field)).toEqual(['variants[0].wrong', 'variants[1].wrong']);
		expect(problems[0]?.message).toContain('already listed in glossary/microneedling.mdx');
		expect(problems[1]?.message).toContain('it is an alias of glossary/microneedling.mdx');
	});

	describe('search names', () => {
		const pen = { id: 'pen', file: 'glossary/pen.mdx', term: 'Pen', aliases: [], variants: [], searchNames: ['Dermapen'] };
		const roller = {
			id: 'roller',
			file: 'glossary/roller.mdx',
			term: 'Derma roller',
			aliases: [],
			variants: [{ wrong: 'dermaroller', use: 'derma roller' }],
			searchNames: ['dermaroller', 'Derma Roller'],
		};

		it('accepts a search name that is one of the entry’s own names or wrong spellings', () => {
			expect(findVocabularyCollisions([microneedling, pen, roller])).toEqual([]);
		});

		it('reports a search name two terms claim, on the later one, naming its field and the fix', () => {
			const problems = findVocabularyCollisions([pen, { ...roller, searchNames: ['dermaroller', 'DERMAPEN'] }]);
			expect(problems).toEqual([
				{
					file: 'glossary/roller.mdx',
					field: 'searchNames[1]',
					message:
						'"DERMAPEN" is already a search name of glossary/pen.mdx: a search name finds one term only. Keep it in the entry readers mean by it, and remove it here.',
				},
			]);
		});

		it('reports a search name that is another term’s name, alias or abbreviation', () => {
			const problems = findVocabularyCollisions([
				microneedling,
				{ ...pen, searchNames: ['Dermapen', 'collagen induction therapy', 'microneedling', 'cit'] },
			]);
			expect(problems.map((problem) => [problem.file, problem.field])).toEqual([
				['glossary/pen.mdx', 'searchNames[1]'],
				['glossary/pen.mdx', 'searchNames[2]'],
				['glossary/pen.mdx', 'searchNames[3]'],
			]);
			expect(problems[0]?.message).toBe(
				'"collagen induction therapy" is already an alias of glossary/microneedling.mdx, so search finds that term by it. Remove it from `searchNames` here.',
			);
			expect(problems[1]?.message).toContain('is already the term of glossary/microneedling.mdx');
		});

		it('reports a search name that is another term’s wrong spelling', () => {
			const [problem, ...rest] = findVocabularyCollisions([microneedling, { ...pen, searchNames: ['Micro-needling'] }]);
			expect(rest).toEqual([]);
			expect(problem).toEqual({
				file: 'glossary/pen.mdx',
				field: 'searchNames[0]',
				message:
					'"Micro-needling" is already a wrong spelling listed in glossary/microneedling.mdx, so search finds that term by it. Remove it from `searchNames` here.',
			});
		});
	});

	it('reports an abbreviation shared by two terms', () => {
		const problems = findVocabularyCollisions([
			{ id: 'a', file: 'a', term: 'Platelet-rich plasma', aliases: [], abbreviation: 'PRP', variants: [] },
			{ id: 'b', file: 'b', term: 'Something else', aliases: [], abbreviation: 'prp', variants: [] },
		]);
		expect(problems).toEqual([{ file: 'b', field: 'abbreviation', message: expect.stringContaining('"prp"') }]);
	});

	describe('addresses', () => {
		const microneedling = {
			id: 'microneedling',
			file: 'es/glossary/microneedling.mdx',
			term: 'Micropunción',
			aliases: ['TIC'],
			variants: [],
		};
		const peel = { id: 'chemical-peel', file: 'es/glossary/chemical-peel.mdx', term: 'Peeling químico', aliases: [], variants: [] };

		it('accepts names whose addresses differ, and a name whose address is its own id', () => {
			expect(findVocabularyCollisions([microneedling, peel, { ...peel, id: 'dermis', file: 'd', term: 'Dermis' }])).toEqual([]);
		});

		it('reports two names of different terms that differ only in accents or punctuation', () => {
			const problems = findVocabularyCollisions([microneedling, { ...peel, aliases: ['micropuncion'] }]);
			expect(problems).toEqual([
				{
					file: 'es/glossary/chemical-peel.mdx',
					field: 'aliases[0]',
					message:
						'"micropuncion" would have the address micropuncion, which is already the address of "Micropunción" in es/glossary/microneedling.mdx: an address leads to one term only. Remove the name here, or reword it.',
				},
			]);
		});

		it('reports a name whose address is another entry’s id, whichever comes first', () => {
			for (const entries of [
				[microneedling, { ...peel, aliases: ['Microneedling'] }],
				[{ ...peel, aliases: ['Microneedling'] }, microneedling],
			]) {
				const problems = findVocabularyCollisions(entries);
				expect(problems.map((problem) => [problem.file, problem.field])).toEqual([['es/glossary/chemical-peel.mdx', 'aliases[0]']]);
				expect(problems[0]?.message).toContain('which is already the id of es/glossary/microneedling.mdx');
			}
		});
	});
});
