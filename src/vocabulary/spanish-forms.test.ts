import { describe, expect, it } from 'vitest';
import { spanishForms } from './spanish-forms';

describe('spanishForms', () => {
	it('gives the name first, then its singular or plural', () => {
		expect(spanishForms('Micropunción')).toEqual(['Micropunción', 'Micropunciones']);
		expect(spanishForms('cicatriz queloide')).toEqual(expect.arrayContaining(['cicatrices queloides']));
		expect(spanishForms('Anticoagulantes')).toContain('Anticoagulante');
		expect(spanishForms('Microcanales')).toContain('Microcanal');
		expect(spanishForms('Contraindicación')).toContain('Contraindicaciones');
		expect(spanishForms('Peeling químico')).toContain('Peelings químicos');
	});

	it('changes the number of the words before the first preposition only', () => {
		expect(spanishForms('Cicatrices en vía de tren')).toEqual(['Cicatrices en vía de tren', 'Cicatriz en vía de tren']);
		expect(spanishForms('Factores de crecimiento')).toContain('Factor de crecimiento');
		expect(spanishForms('Factores de crecimiento')).not.toContain('Factor de crecimientos');
	});

	it('gives an adjective after the first word its other gender, and leaves adverbs and the first word alone', () => {
		expect(spanishForms('Mínimamente invasivo')).toEqual([
			'Mínimamente invasivo',
			'Mínimamente invasivos',
			'Mínimamente invasiva',
			'Mínimamente invasivas',
		]);
		expect(spanishForms('Toxina botulínica')).not.toContain('Toxino botulínica');
	});

	it('keeps a borrowed word after the noun as it is, as Spanish writes it', () => {
		expect(spanishForms('cicatriz ice pick')).toContain('cicatrices ice pick');
	});

	it('keeps a word that is its own plural, and gives no form an "s" it cannot take', () => {
		expect(spanishForms('Dermis')).not.toContain('Dermises');
		expect(spanishForms('piel más oscura')).toContain('pieles más oscuras');
		expect(spanishForms('piel más oscura')).not.toContain('piel más oscuras');
	});
});
