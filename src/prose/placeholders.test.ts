import { describe, expect, it } from 'vitest';
import { findPlaceholders } from './placeholders';

describe('findPlaceholders', () => {
	it('finds TODO, and TBD, FIXME and lorem ipsum in any case, with line numbers', () => {
		expect(findPlaceholders('Fine.\ntitle: TODO step\nLorem ipsum dolor\ntbd')).toEqual([
			{ line: 2, text: 'title: TODO step' },
			{ line: 3, text: 'Lorem ipsum dolor' },
			{ line: 4, text: 'tbd' },
		]);
	});

	it('leaves "todo", a Spanish word, and TODO inside other words', () => {
		expect(findPlaceholders('Casi todo lo que se dice viene de clínicas.\nTodo tratamiento que rompe la piel.')).toEqual([]);
	});

	it('ignores the words inside other words', () => {
		expect(findPlaceholders('Mastodon todos are fine? No: "todos" is not TODO-free? It is.')).toHaveLength(1);
		expect(findPlaceholders('Stubborn skin, methodical care.')).toEqual([]);
	});
});
