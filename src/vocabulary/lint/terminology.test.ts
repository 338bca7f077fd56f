import { describe, expect, it } from 'vitest';
import { testVocabulary } from '../../../tests/fixtures/vocabulary';
import { quotedVariantPatterns, terminologyFix, terminologyTerms } from './terminology';

/** The regular expression `textlint-rule-terminology` makes of a pattern that has its own look-behind. */
function asRuleMatches(pattern: string, text: string): string[] {
	expect(pattern.startsWith('(?<')).toBe(true);
	return [...text.matchAll(new RegExp(pattern, 'igm'))].map((match) => match[0]);
}

/** An allowlist entry (`/…/i`) as a regular expression. */
function asRegExp(entry: string): RegExp {
	const match = /^\/(.*)\/([a-z]*)$/s.exec(entry);
	if (!match) throw new Error(`not a RegExp-like string: ${entry}`);
	return new RegExp(match[1] ?? '', `${match[2] ?? ''}g`);
}

describe('terminologyTerms', () => {
	const terms = terminologyTerms(testVocabulary);
	const entry = (use: string) => terms.find(([, replacement]) => replacement.startsWith(use));

	it('makes one entry per glossary variant, with the form to use as the replacement', () => {
		expect(terms.map(([, replacement]) => replacement)).toEqual(['platelet-rich plasma$1', 'microneedling$1', 'CIT']);
	});

	it('catches the wrong form in any case, with its plural, but never the right form', () => {
		const [pattern] = entry('microneedling') ?? [''];
		expect(asRuleMatches(pattern, 'Micro-needling and micro-needlings are common.')).toEqual(['Micro-needling', 'micro-needlings']);
		expect(asRuleMatches(pattern, 'Microneedling, microneedling pen.')).toEqual([]);
		expect(asRuleMatches(pattern, 'A micro-needling-based facial.')).toEqual(['micro-needling']);
	});

	it('catches "C.I.T." though it ends in a full stop, but not the letters inside a word', () => {
		const [pattern] = entry('CIT') ?? [''];
		expect(asRuleMatches(pattern, 'Ask about C.I.T. today.')).toEqual(['C.I.T.']);
		expect(asRuleMatches(pattern, 'CIT is fine; xC.I.T. is not a word.')).toEqual([]);
	});

	it('catches a two-word wrong form across a line break', () => {
		const [pattern] = entry('platelet-rich plasma') ?? [''];
		expect(asRuleMatches(pattern, 'with platelet rich\nplasma')).toEqual(['platelet rich\nplasma']);
	});

	it('does not take a Spanish word after an accented letter for a wrong form', () => {
		const [[pattern = ''] = []] = terminologyTerms([{ ...testVocabulary[1]!, variants: [{ wrong: 'laser', use: 'láser' }] }]);
		expect(asRuleMatches(pattern, 'Un laser, no ñlaser ni laserñ.')).toEqual(['laser']);
	});

	describe('with a Spanish form whose plural loses its accent', () => {
		const spanish = (wrong: string, use: string) => terminologyTerms([{ ...testVocabulary[1]!, variants: [{ wrong, use }] }]);

		it('leaves the right plural alone: "micropuncion" + "es" is "micropunciones"', () => {
			const entries = spanish('micropuncion', 'micropunción');
			expect(entries.map(([, replacement]) => replacement)).toEqual(['micropunción']);
			const [[pattern = ''] = []] = entries;
			expect(asRuleMatches(pattern, 'La micropuncion y las micropunciones.')).toEqual(['micropuncion']);
		});

		it('gives a wrong plural the right plural, without the accent', () => {
			const entries = spanish('subscisión', 'subcisión');
			expect(entries.map(([, replacement]) => replacement)).toEqual(['subcisión', 'subcisiones']);
			expect(asRuleMatches(entries[1]?.[0] ?? '', 'Dos subscisiones.')).toEqual(['subscisiones']);
		});
	});

	it('doubles a "$" in the form to use, which would otherwise read as a group reference', () => {
		const [[, replacement] = []] = terminologyTerms([{ ...testVocabulary[1]!, variants: [{ wrong: 'US dollar', use: 'US$' }] }]);
		// The rule fills in the plural group, empty here.
		expect('x'.replace(/x()/, replacement ?? '')).toBe('US$');
	});
});

describe('quotedVariantPatterns', () => {
	const patterns = quotedVariantPatterns(testVocabulary).map(asRegExp);
	const allowed = (text: string) => patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[0]));

	it('allows a wrong form inside straight or curly quotation marks', () => {
		expect(allowed('Ads say "micro-needling", “C.I.T.” and ‘platelet rich plasma.’')).toEqual([
			'"micro-needling"',
			'“C.I.T.”',
			'‘platelet rich plasma.’',
		]);
	});

	it('does not allow a wrong form that only sits near a quotation mark', () => {
		expect(allowed('He said "yes" and micro-needling "helps".')).toEqual([]);
		expect(allowed('"micro-needling treatments" are common.')).toEqual([]);
	});
});

describe('terminologyFix', () => {
	it('rewords the rule’s message as the fix to make', () => {
		expect(terminologyFix('Incorrect term: “micro-needling”, use “microneedling” instead')).toBe(
			'Write "microneedling", not "micro-needling"',
		);
	});

	it('keeps a capital written where a sentence starts, as after "¿" or an accented letter and a full stop', () => {
		const message = 'Incorrect term: “Micropuncion”, use “micropunción” instead';
		expect(terminologyFix(message, '')).toBe('Write "Micropunción", not "Micropuncion"');
		expect(terminologyFix(message, 'Pregunte.\n\n¿')).toBe('Write "Micropunción", not "Micropuncion"');
		expect(terminologyFix(message, 'Ya está. ')).toBe('Write "Micropunción", not "Micropuncion"');
		expect(terminologyFix(message, 'Texto.\n- ')).toBe('Write "Micropunción", not "Micropuncion"');
		expect(terminologyFix(message, 'la ')).toBe('Write "micropunción", not "Micropuncion"');
		expect(terminologyFix(message, 'la\n')).toBe('Write "micropunción", not "Micropuncion"');
	});

	it('gives nothing when the capital a sentence start keeps makes the words right', () => {
		expect(terminologyFix('Incorrect term: “Micropunción”, use “micropunción” instead', '¿')).toBeUndefined();
	});

	it('leaves any other message alone', () => {
		expect(terminologyFix('Something else')).toBe('Something else');
	});
});
