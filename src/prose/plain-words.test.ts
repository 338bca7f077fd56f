import { describe, expect, it } from 'vitest';
import {
	advicePassages,
	aftercarePassages,
	findUnexplainedTerms,
	mdxPassages,
	type PlainWordsTerm,
	unexplainedTermMessage,
} from './plain-words';

const retinoids: PlainWordsTerm = { id: 'retinoids', term: 'Retinoids', aliases: [], plainWords: 'vitamin A' };
const spf: PlainWordsTerm = {
	id: 'spf',
	term: 'Sun protection factor',
	aliases: [],
	abbreviation: 'SPF',
	plainWords: 'the higher the number, the more it protects',
};

describe('findUnexplainedTerms', () => {
	it('reports a passage that names a term without its plain words, at the line of the mention', () => {
		expect(findUnexplainedTerms([{ line: 4, text: 'Stop them first.\nStop retinoids before your visit.' }], [retinoids])).toEqual([
			{ line: 5, id: 'retinoids', name: 'retinoids', plainWords: 'vitamin A' },
		]);
	});

	it('accepts the term with its plain words anywhere in the same passage, in any case', () => {
		expect(findUnexplainedTerms([{ line: 1, text: 'Stop retinoids.\nThese Vitamin A creams sting.' }], [retinoids])).toEqual([]);
	});

	it('finds the singular of a plural term, and an abbreviation only in capitals', () => {
		expect(findUnexplainedTerms([{ line: 1, text: 'Pause retinoid creams.' }], [retinoids]).map((found) => found.name)).toEqual([
			'retinoid',
		]);
		expect(findUnexplainedTerms([{ line: 2, text: 'Use SPF 50.' }], [spf]).map((found) => found.name)).toEqual(['SPF']);
		expect(findUnexplainedTerms([{ line: 3, text: 'A spfx file.' }], [spf])).toEqual([]);
	});

	it('does not take the plain words from another passage', () => {
		const passages = [
			{ line: 1, text: 'Retinoids are vitamin A creams.' },
			{ line: 2, text: 'Stop retinoids.' },
		];
		expect(findUnexplainedTerms(passages, [retinoids]).map((found) => found.line)).toEqual([2]);
	});

	it('says what to write and where the words come from', () => {
		const [found] = findUnexplainedTerms([{ line: 1, text: 'Stop retinoids.' }], [retinoids]);
		expect(unexplainedTermMessage(found!, 'content/glossary')).toBe(
			'"retinoids" needs its plain words here, "vitamin A" (content/glossary/retinoids.mdx → plainWords): the glossary\'s link and tooltip do not reach this text, and never print. Say what it means in the same step, advice or paragraph, for example "retinoids (vitamin A)".',
		);
	});
});

describe('passages', () => {
	it('reads an aftercare phase as its title, its summary and each step with its reason', () => {
		const yaml = [
			'title: The first week',
			'order: 4',
			'summary: Some flaking is normal.',
			'steps:',
			'  - id: no-actives',
			'    action: dont',
			"    text: Don't use retinoids.",
			'    reason: They sting.',
			'    timing: retinoids-and-acids',
		].join('\n');
		expect(aftercarePassages(yaml)).toEqual([
			{ line: 1, text: 'The first week' },
			{ line: 3, text: 'Some flaking is normal.' },
			{ line: 7, text: "Don't use retinoids.\nThey sting." },
		]);
	});

	it('reads the advice file as one passage per advice sentence', () => {
		const yaml = ['makeup:', '  activity: Wearing makeup', '  advice: Wait a day.', 'swim:', '  advice: Wait three days.'].join('\n');
		expect(advicePassages(yaml)).toEqual([
			{ line: 3, text: 'Wait a day.' },
			{ line: 5, text: 'Wait three days.' },
		]);
	});

	it('reads an MDX file as its title, summary and paragraphs, list items included, without components', () => {
		const mdx = [
			'---',
			'title: Getting ready',
			'summary: Pause retinoids.',
			'---',
			'Stop **retinoids** <Advice id="x" /> first.',
			'',
			'- Pause scrubs.',
			'- Come clean.',
			'',
		].join('\n');
		expect(mdxPassages(mdx)).toEqual([
			{ line: 2, text: 'Getting ready' },
			{ line: 3, text: 'Pause retinoids.' },
			{ line: 5, text: 'Stop retinoids  first.' },
			{ line: 7, text: 'Pause scrubs.' },
			{ line: 8, text: 'Come clean.' },
		]);
	});
});
