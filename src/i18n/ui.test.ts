import { describe, expect, it } from 'vitest';
import { type Lang, sourceLang } from './languages';
import { ui } from './ui';

/** Texts that are the same word in Spanish as in English, by their place in the dictionary. */
const sameOnPurpose = new Set(['skinLayers.epidermis', 'skinLayers.dermis', 'procedure.aftercareAfter']);

/** What stands in for each value a text places: `‹0›`, `‹1›`… */
const placeholder = (index: number) => `‹${index}›`;

interface Text {
	path: string;
	/** The text, with a function's values shown as placeholders. */
	text: string;
	/** How many values a function takes; undefined for a plain string. */
	arity?: number;
}

/** Every text of a dictionary in order, by its path ("layout.skipLink"); a function is called with placeholders. */
function textsOf(node: unknown, path = ''): Text[] {
	if (typeof node === 'string') return [{ path, text: node }];
	if (typeof node === 'function') {
		const text = (node as (...values: string[]) => string)(...Array.from({ length: node.length }, (_, index) => placeholder(index)));
		return [{ path, text, arity: node.length }];
	}
	return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => textsOf(value, path ? `${path}.${key}` : key));
}

const english = textsOf(ui(sourceLang));
const translations = (['es'] as const satisfies Lang[]).map((lang) => ({ lang, texts: textsOf(ui(lang)) }));

describe.each(translations)('the $lang interface text', ({ texts }) => {
	const englishText = new Map(english.map((entry) => [entry.path, entry]));

	it('has every text English has, in the same order, and no other', () => {
		expect(texts.map((entry) => entry.path)).toEqual(english.map((entry) => entry.path));
	});

	it('takes the same values wherever English takes values', () => {
		expect(texts.map(({ path, arity }) => [path, arity])).toEqual(english.map(({ path, arity }) => [path, arity]));
	});

	it('is written out: no text is empty or left in English, unless it is the same word on purpose', () => {
		const untranslated = texts.filter(
			({ path, text }) => text.trim() === '' || (text === englishText.get(path)?.text && !sameOnPurpose.has(path)),
		);
		expect(untranslated.map((entry) => entry.path)).toEqual([]);
	});

	it('places every value that the English text places', () => {
		const dropped = texts.filter(({ path, text, arity = 0 }) =>
			Array.from({ length: arity }, (_, index) => placeholder(index)).some(
				(value) => englishText.get(path)?.text.includes(value) && !text.includes(value),
			),
		);
		expect(dropped.map((entry) => entry.path)).toEqual([]);
	});

	it('types no figure: a number in the interface is a value the page computes', () => {
		const withDigits = texts.filter(({ text }) => /\d/.test(text.replace(/‹\d+›/g, '')));
		expect(withDigits.map((entry) => `${entry.path}: ${entry.text}`)).toEqual([]);
	});
});

describe('the same-on-purpose list', () => {
	it('names only texts that exist and are the same', () => {
		const spanish = new Map(textsOf(ui('es')).map((entry) => [entry.path, entry.text]));
		const stale = [...sameOnPurpose].filter((path) => spanish.get(path) !== english.find((entry) => entry.path === path)?.text);
		expect(stale).toEqual([]);
	});
});
