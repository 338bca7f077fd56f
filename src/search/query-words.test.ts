import { describe, expect, it } from 'vitest';
import { readGlossaryFiles } from '../vocabulary/glossary-files';
import { createQueryExpander } from '../vocabulary/query';
import { createSearchQuery, withoutAccents } from './query-words';
import stopWords from './stop-words.json';

const englishTerms = readGlossaryFiles('content');
const spanishTerms = readGlossaryFiles('content/es');
const spanish = createSearchQuery(spanishTerms, 'es');
const labels = (query: string) => spanish(query).units.map((unit) => unit.label);

describe('withoutAccents', () => {
	it('takes the marks off letters and keeps every character in its place', () => {
		const text = '¿Micropunción? ÁÉÍÓÚ año, vergüenza → 😀 done';
		expect(withoutAccents(text)).toBe('¿Micropuncion? AEIOU ano, verguenza → 😀 done');
		expect(withoutAccents(text)).toHaveLength(text.length);
	});

	it('reads a decomposed letter as the composed one', () => {
		expect(withoutAccents('micropuncio\u0301n')).toBe('micropuncion');
	});
});

describe('createSearchQuery in English', () => {
	it('reads a query exactly as the expander with the English stop words does', () => {
		const expander = createQueryExpander(englishTerms, { stopWords });
		const english = createSearchQuery(englishTerms, 'en');
		for (const query of [
			'how long does redness last after microneedling',
			'Accutane?',
			'can I wear makeup',
			'café résumé',
			'how does it',
		]) {
			expect(english(query), query).toEqual(expander(query));
		}
	});
});

describe('createSearchQuery in Spanish', () => {
	it('keeps the telling words of a question and its terms, in order', () => {
		const reduced = spanish('¿Cuánto tiempo dura el enrojecimiento después de la micropunción?');
		expect(reduced.units.map((unit) => unit.label)).toEqual(['tiempo', 'dura', 'enrojecimiento', 'micropunción']);
		expect(reduced.termIds).toEqual(['erythema', 'microneedling']);
		expect(reduced.text).toBe(
			'tiempo dura eritema enrojecimiento micropunción terapia de inducción de colágeno inducción percutánea de colágeno microneedling dermapen tic',
		);
	});

	it('reads a question typed without accents as the same question, with the words as typed', () => {
		const typed = spanish('cuanto tiempo dura el enrojecimiento despues de la micropuncion');
		const accented = spanish('¿Cuánto tiempo dura el enrojecimiento después de la micropunción?');
		expect(typed.units.map((unit) => unit.label)).toEqual(['tiempo', 'dura', 'enrojecimiento', 'micropuncion']);
		expect(typed.termIds).toEqual(accented.termIds);
		expect(typed.text).toBe(accented.text);
	});

	it('finds a term by any of its names, with or without accents, in any case or Unicode form', () => {
		const names = [
			'micropunción',
			'MICROPUNCION',
			'micropúncion',
			'micropuncio\u0301n',
			'Terapia de induccion de colageno',
			'terapia de inducción de colágeno',
			'TIC',
			'tic',
			'microneedling',
			'Dermapen',
		];
		for (const name of names) {
			const reduced = spanish(`¿qué es ${name}?`);
			expect(reduced.termIds, name).toEqual(['microneedling']);
			expect(reduced.units, name).toEqual([{ label: name.normalize('NFC'), text: spanish('micropunción').text, termId: 'microneedling' }]);
		}
		expect(spanish('tretinoina y acido hialuronico').termIds).toEqual(['retinoids', 'hyaluronic-acid']);
	});

	it('sends Pagefind each other word as typed, accents and all, so its ranking can prefer them', () => {
		expect(spanish('¡Hola! ¿Qué pasa con la piel el año después?').units).toEqual([
			{ label: 'pasa', text: 'pasa' },
			{ label: 'piel', text: 'piel' },
			{ label: 'año', text: 'año' },
		]);
		expect(spanish('cara CARA cára').units).toEqual([{ label: 'cara', text: 'cara' }]);
	});

	it('drops a stop word typed without its accents, or in capitals', () => {
		expect(labels('Como me pongo maquillaje despues, cuando?')).toEqual(['pongo', 'maquillaje']);
		expect(labels('CÓMO ME PONGO MAQUILLAJE')).toEqual(['PONGO', 'MAQUILLAJE']);
	});

	it('keeps a query that is nothing but stop words, and a stop word inside a term’s name', () => {
		expect(labels('¿qué es esto?')).toEqual(['qué', 'es', 'esto']);
		expect(spanish('crema para adormecer antes de la cita').termIds).toEqual(['numbing-cream']);
		expect(labels('piel de color')).toEqual(['piel de color']);
	});

	it('labels each unit with the words at its own place, not where they stand inside an earlier word', () => {
		expect(labels('¿todavía la via?')).toEqual(['via']);
		expect(labels('micropuncionista micropunción')).toEqual(['micropuncionista', 'micropunción']);
		expect(labels('de TIC de tic')).toEqual(['TIC']);
	});
});
