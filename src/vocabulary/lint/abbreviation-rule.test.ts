import { createLinter, loadTextlintrc } from 'textlint';
import { describe, expect, it } from 'vitest';
import { testVocabulary, testVocabularyEs } from '../../../tests/fixtures/vocabulary';
import type { VocabularyTerm } from '../terms';
import { abbreviationChecks, abbreviationRuleId, createAbbreviationRule, spellOutMessage } from './abbreviation-rule';

/** Lints Markdown with this rule alone, through textlint's Node API. */
async function lint(text: string, terms: readonly VocabularyTerm[] = testVocabulary) {
	const descriptor = (await loadTextlintrc()).shallowMerge({
		rules: [{ ruleId: abbreviationRuleId, rule: createAbbreviationRule(terms) }],
		filterRules: [],
	});
	const result = await createLinter({ descriptor }).lintText(text, 'page.md');
	return result.messages.map(({ loc, message, ruleId }) => ({ line: loc.start.line, column: loc.start.column, message, ruleId }));
}

describe('abbreviationChecks', () => {
	it('has one check per term with an abbreviation, spelled out as the name it abbreviates', () => {
		expect(abbreviationChecks(testVocabulary).map(({ abbreviation, expansion, fix }) => [abbreviation, expansion, fix])).toEqual([
			['CIT', 'collagen induction therapy', 'collagen induction therapy (CIT)'],
			['PRP', 'Platelet-rich plasma', 'platelet-rich plasma (PRP)'],
		]);
	});
});

describe('spellOutMessage', () => {
	it('gives the fix, with the expansion as it reads mid-sentence', () => {
		const [, prp] = abbreviationChecks(testVocabulary);
		expect(prp && spellOutMessage(prp)).toBe('Spell out "PRP" where this file first uses it: write "platelet-rich plasma (PRP)"');
	});
});

describe('the abbreviations rule', () => {
	it('reports an abbreviation used before it is spelled out, at its first use only', async () => {
		expect(await lint('Intro.\n\nMany clinics offer CIT. CIT is popular.\n\nCollagen induction therapy is its name.')).toEqual([
			{ line: 3, column: 20, message: spellOutMessage(abbreviationChecks(testVocabulary)[0]!), ruleId: 'abbreviations' },
		]);
	});

	it('accepts "expansion (ABBR)", "ABBR (expansion)" and an expansion used earlier in the file', async () => {
		expect(await lint('Collagen induction therapy (CIT) works.')).toEqual([]);
		expect(await lint('CIT (collagen induction therapy) works.')).toEqual([]);
		expect(await lint('# Collagen induction therapy\n\nAbout CIT.\n\nPlatelet-rich plasma is blood. So PRP is too.')).toEqual([]);
	});

	it('checks each abbreviation on its own', async () => {
		const messages = await lint('Collagen induction therapy (CIT) may use PRP.');
		expect(messages.map(({ message }) => message)).toEqual([spellOutMessage(abbreviationChecks(testVocabulary)[1]!)]);
	});

	it('matches an abbreviation only as a whole word in capitals, and not in code', async () => {
		expect(await lint('A citrus scent, a CITY and `CIT` in code are not uses.')).toEqual([]);
	});

	describe('with Spanish names', () => {
		const terms = testVocabularyEs;

		it('reads accented words as words, and suggests the short form after the words it shares at the start', async () => {
			expect((await lint('La TIC y la Micropunción con RF.', terms)).map(({ message }) => message)).toEqual([
				'Spell out "TIC" where this file first uses it: write "terapia de inducción de colágeno (TIC)"',
				'Spell out "micropunción con RF" where this file first uses it: write "micropunción con radiofrecuencia (RF)"',
			]);
		});

		it('accepts the suggested forms', async () => {
			expect(await lint('La terapia de inducción de colágeno (TIC) es esto. La TIC funciona.', terms)).toEqual([]);
			expect(await lint('La micropunción con radiofrecuencia (RF) calienta. La micropunción con RF duele.', terms)).toEqual([]);
		});
	});

	describe('with a two-word abbreviation such as "RF microneedling"', () => {
		const terms: VocabularyTerm[] = [
			{
				id: 'radiofrequency-microneedling',
				term: 'Radiofrequency microneedling',
				aliases: [],
				abbreviation: 'RF microneedling',
				definition: 'Needles that also heat the skin.',
				variants: [],
				searchNames: [],
			},
		];

		it('matches it in any case after its capitals, and suggests the short form inside the words', async () => {
			expect((await lint('RF Microneedling heats the skin.', terms)).map(({ message }) => message)).toEqual([
				'Spell out "RF microneedling" where this file first uses it: write "radiofrequency (RF) microneedling"',
			]);
		});

		it('accepts "radiofrequency (RF) microneedling" and "radiofrequency microneedling (RF microneedling)"', async () => {
			expect(await lint('Radiofrequency (RF) microneedling heats it. RF microneedling hurts.', terms)).toEqual([]);
			expect(await lint('Radiofrequency microneedling (RF microneedling) heats it. RF microneedling hurts.', terms)).toEqual([]);
		});
	});
});
