import { describe, expect, it } from 'vitest';
import { isSearchShortcut, isTypingTarget } from './keys';

const press = (key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'defaultPrevented', boolean>> = {}) => ({
	key,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	defaultPrevented: false,
	...modifiers,
});

describe('isSearchShortcut', () => {
	it('takes a plain / on the page or a link', () => {
		expect(isSearchShortcut(press('/'), { tagName: 'BODY' })).toBe(true);
		expect(isSearchShortcut(press('/'), { tagName: 'A' })).toBe(true);
		expect(isSearchShortcut(press('/'), null)).toBe(true);
	});

	it('leaves / alone in fields and with modifiers', () => {
		expect(isSearchShortcut(press('/'), { tagName: 'INPUT' })).toBe(false);
		expect(isSearchShortcut(press('/'), { tagName: 'TEXTAREA' })).toBe(false);
		expect(isSearchShortcut(press('/'), { tagName: 'DIV', isContentEditable: true })).toBe(false);
		expect(isSearchShortcut(press('/', { ctrlKey: true }), { tagName: 'BODY' })).toBe(false);
		expect(isSearchShortcut(press('/', { defaultPrevented: true }), { tagName: 'BODY' })).toBe(false);
	});

	it('ignores other keys', () => {
		expect(isSearchShortcut(press('?'), { tagName: 'BODY' })).toBe(false);
	});
});

describe('isTypingTarget', () => {
	it('knows fields from other elements', () => {
		expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
		expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
	});
});
