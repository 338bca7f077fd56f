import { describe, expect, it } from 'vitest';
import { splitSentences } from './readability';
import { infleszBand, infleszScore, spanishSyllables, spanishText } from './readability-es';

/**
 * Each word with its syllables as the Real Academia divides them. The h rule follows the
 * Ortografía (2010): an h between vowels does not stop a diphthong (de-sahu-cio, prohi-bir), so
 * "ahumar" is ahu-mar, two syllables, and only an accent makes a hiatus there (pro-hí-be).
 */
const words: [word: string, syllables: number, division: string][] = [
	// Consonants never make a syllable: clusters, rr, ll and ch only decide where to hyphenate.
	['colágeno', 4, 'co-lá-ge-no'],
	['aguja', 3, 'a-gu-ja'],
	['inducción', 3, 'in-duc-ción'],
	['transporte', 3, 'trans-por-te'],
	['obstrucción', 3, 'obs-truc-ción'],
	['hablar', 2, 'ha-blar'],
	['aplicar', 3, 'a-pli-car'],
	['sangre', 2, 'san-gre'],
	['padre', 2, 'pa-dre'],
	['crema', 2, 'cre-ma'],
	['calle', 2, 'ca-lle'],
	['perro', 2, 'pe-rro'],
	['coche', 2, 'co-che'],
	// Diphthongs: an unaccented close vowel (i, u) joins the vowel beside it.
	['piel', 1, 'piel'],
	['aire', 2, 'ai-re'],
	['causa', 2, 'cau-sa'],
	['peine', 2, 'pei-ne'],
	['deuda', 2, 'deu-da'],
	['suave', 2, 'sua-ve'],
	['tratamiento', 4, 'tra-ta-mien-to'],
	['ciudad', 2, 'ciu-dad'],
	['ruido', 2, 'rui-do'],
	['cuidado', 3, 'cui-da-do'],
	['construir', 2, 'cons-truir'],
	['construí', 2, 'cons-truí'],
	// Triphthongs.
	['buey', 1, 'buey'],
	['miau', 1, 'miau'],
	['estudiáis', 3, 'es-tu-diáis'],
	['averiguáis', 4, 'a-ve-ri-guáis'],
	['Uruguay', 3, 'U-ru-guay'],
	// Hiatus: an accented close vowel is a syllable of its own.
	['día', 2, 'dí-a'],
	['país', 2, 'pa-ís'],
	['reúne', 3, 're-ú-ne'],
	['oído', 3, 'o-í-do'],
	['maíz', 2, 'ma-íz'],
	['aún', 2, 'a-ún'],
	['reír', 2, 're-ír'],
	['García', 3, 'Gar-cí-a'],
	['continúa', 4, 'con-ti-nú-a'],
	// Hiatus: two open vowels, or the same close vowel twice.
	['poeta', 3, 'po-e-ta'],
	['leer', 2, 'le-er'],
	['teatro', 3, 'te-a-tro'],
	['área', 3, 'á-re-a'],
	['línea', 3, 'lí-ne-a'],
	['zoológico', 5, 'zo-o-ló-gi-co'],
	['chiita', 3, 'chi-i-ta'],
	['friísimo', 4, 'fri-í-si-mo'],
	// h between vowels is silent; it starts a syllable before a diphthong (hue, hua).
	['ahumar', 2, 'ahu-mar'],
	['prohibir', 2, 'prohi-bir'],
	['desahucio', 3, 'de-sahu-cio'],
	['prohíbe', 3, 'pro-hí-be'],
	['vehículo', 4, 've-hí-cu-lo'],
	['búho', 2, 'bú-ho'],
	['alcohol', 3, 'al-co-hol'],
	['almohada', 4, 'al-mo-ha-da'],
	['deshacer', 3, 'des-ha-cer'],
	['huevo', 2, 'hue-vo'],
	['cacahuete', 4, 'ca-ca-hue-te'],
	['ahuecar', 3, 'a-hue-car'],
	['Chihuahua', 3, 'Chi-hua-hua'],
	// qu, gu + e, i: the u is not said.
	['quiero', 2, 'quie-ro'],
	['queso', 2, 'que-so'],
	['aquí', 2, 'a-quí'],
	['guerra', 2, 'gue-rra'],
	['guitarra', 3, 'gui-ta-rra'],
	['seguir', 2, 'se-guir'],
	['guía', 2, 'guí-a'],
	// güe, güi: the u is said; gu + a, o: so is it.
	['cigüeña', 3, 'ci-güe-ña'],
	['pingüino', 3, 'pin-güi-no'],
	['vergüenza', 3, 'ver-güen-za'],
	['lingüística', 4, 'lin-güís-ti-ca'],
	['argüir', 2, 'ar-güir'],
	['agua', 2, 'a-gua'],
	['antiguo', 3, 'an-ti-guo'],
	// y: a close vowel at the end of a word or alone, a consonant before a vowel.
	['hoy', 1, 'hoy'],
	['muy', 1, 'muy'],
	['hay', 1, 'hay'],
	['y', 1, 'y'],
	['ayer', 2, 'a-yer'],
	['reyes', 2, 're-yes'],
	// Capitals count as their small letters.
	['ÁREA', 3, 'Á-RE-A'],
];

describe('spanishSyllables', () => {
	it.each(words)('%s has %i syllables (%s)', (word, syllables, division) => {
		expect(division.split('-')).toHaveLength(syllables);
		expect(spanishSyllables(word)).toBe(syllables);
	});

	it('counts a word without a vowel as one syllable', () => {
		expect(spanishSyllables('mm')).toBe(1);
	});
});

describe('splitSentences with the Spanish rules', () => {
	it('ends a sentence at ? ! . … and », not after a title, a short form or before a small letter', () => {
		expect(
			splitSentences(
				'¿Duele? Un poco. ¡Mucho no! «Vuelva mañana.» La Dra. Ruiz vive en EE. UU. desde el año núm. 3, aprox. una década. Espere… Luego lave.\nCuidados',
				spanishText,
			),
		).toEqual([
			'¿Duele?',
			'Un poco.',
			'¡Mucho no!',
			'«Vuelva mañana.»',
			'La Dra. Ruiz vive en EE. UU. desde el año núm. 3, aprox. una década.',
			'Espere…',
			'Luego lave.',
			'Cuidados',
		]);
	});

	it('keeps a question that goes on after a comma in one sentence', () => {
		expect(splitSentences('¿Le duele?, ¿le pica? Llame.', spanishText)).toEqual(['¿Le duele?, ¿le pica?', 'Llame.']);
	});
});

describe('infleszScore', () => {
	it('is 206.835 − 62.3 × syllables per word − words per sentence', () => {
		// La(1) piel(1) se(1) cu-ra(2). U-se(2) cre-ma(2).
		// 9 syllables, 6 words, 2 sentences: 206.835 − 62.3 × 9/6 − 6/2 = 110.385.
		expect(infleszScore('La piel se cura. Use crema.')).toBe(110.4);
		// ¿Due-le(2) el(1) tra-ta-mien-to(4)? La(1) Dra(1) Ruiz(1) di-ce(2) que(1) sí(1), a-prox(2)
		// u-na(2) se-ma-na(3). The title and the short form end no sentence.
		// 21 syllables, 12 words, 2 sentences: 206.835 − 62.3 × 21/12 − 12/2 = 91.81.
		expect(infleszScore('¿Duele el tratamiento? La Dra. Ruiz dice que sí, aprox. una semana.')).toBe(91.8);
		// La(1) in-duc-ción(3) per-cu-tá-ne-a(5) de(1) co-lá-ge-no(4) es-ti-mu-la(4) la(1)
		// re-ge-ne-ra-ción(5) dér-mi-ca(3) me-dian-te(3) mi-cro-per-fo-ra-cio-nes(7) con-tro-la-das(4).
		// 41 syllables, 12 words, 1 sentence: 206.835 − 62.3 × 41/12 − 12 = −18.02.
		expect(
			infleszScore('La inducción percutánea de colágeno estimula la regeneración dérmica mediante microperforaciones controladas.'),
		).toBe(-18);
	});

	it('is 100 for text without words', () => {
		expect(infleszScore('')).toBe(100);
		expect(infleszScore('12 — 34')).toBe(100);
	});
});

describe('infleszBand', () => {
	it('puts each bound in the band above it, and 80 in "bastante fácil"', () => {
		expect(infleszBand(-18)).toBe('muy difícil');
		expect(infleszBand(39.9)).toBe('muy difícil');
		expect(infleszBand(40)).toBe('algo difícil');
		expect(infleszBand(54.9)).toBe('algo difícil');
		expect(infleszBand(55)).toBe('normal');
		expect(infleszBand(64.9)).toBe('normal');
		expect(infleszBand(65)).toBe('bastante fácil');
		expect(infleszBand(80)).toBe('bastante fácil');
		expect(infleszBand(80.1)).toBe('muy fácil');
		expect(infleszBand(110.4)).toBe('muy fácil');
	});
});
