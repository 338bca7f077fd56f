import { describe, expect, it } from 'vitest';
import { ui } from '../i18n/ui';
import { type SearchPageSetup, sectionOf, sectionOrder } from './setup';

const setup: SearchPageSetup = {
	text: ui('es').search.script,
	sections: [
		{ path: '/es/procedimiento/', label: 'Procedimiento' },
		{ path: '/es/glosario/', label: 'Glosario' },
		{ path: '/es/fuentes/', label: 'Fuentes' },
	],
	home: 'Inicio',
	searchPath: '/es/buscar/',
	glossaryPath: '/es/glosario/',
	wordsPath: '/es/buscar/words.json',
};

describe('sectionOf', () => {
	it('names the part a page is in, in the page’s language', () => {
		expect(sectionOf('/es/glosario/', setup)).toBe('Glosario');
		expect(sectionOf('/es/glosario/microneedling/', setup)).toBe('Glosario');
		expect(sectionOf('/es/fuentes/x/', setup)).toBe('Fuentes');
	});

	it('gives the home page’s label to any other page', () => {
		expect(sectionOf('/es/', setup)).toBe('Inicio');
		expect(sectionOf('/es/hoja-de-decision/', setup)).toBe('Inicio');
	});
});

describe('sectionOrder', () => {
	it('is the parts in order, then the home page', () => {
		expect(sectionOrder(setup)).toEqual(['Procedimiento', 'Glosario', 'Fuentes', 'Inicio']);
	});
});
