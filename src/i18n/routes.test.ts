import { describe, expect, it } from 'vitest';
import { englishPath, localizePath } from './routes';

describe('localizePath', () => {
	it('keeps English addresses as they are', () => {
		expect(localizePath('/faq/treatment/#does-it-hurt', 'en')).toBe('/faq/treatment/#does-it-hurt');
	});

	it('gives Spanish sections Spanish words, and keeps the ids below them', () => {
		expect(localizePath('/', 'es')).toBe('/es/');
		expect(localizePath('/side-effects/#get-help', 'es')).toBe('/es/efectos-secundarios/#get-help');
		expect(localizePath('/faq/treatment/#does-it-hurt', 'es')).toBe('/es/preguntas/treatment/#does-it-hurt');
		expect(localizePath('/aftercare/print/?clinic=x', 'es')).toBe('/es/cuidados-posteriores/imprimir/?clinic=x');
		expect(localizePath('/a/clean-hands/', 'es')).toBe('/es/a/clean-hands/');
		expect(localizePath('/glossary/microneedling/', 'es')).toBe('/es/glosario/microneedling/');
	});

	it('keeps an id that is also a section name, such as the FAQ topic aftercare', () => {
		expect(localizePath('/faq/aftercare/#downtime', 'es')).toBe('/es/preguntas/aftercare/#downtime');
		expect(englishPath('/es/preguntas/aftercare/#downtime')).toEqual({ lang: 'es', path: '/faq/aftercare/#downtime' });
	});

	it('leaves other sites and files alone, but not the feed', () => {
		expect(localizePath('https://www.fda.gov/', 'es')).toBe('https://www.fda.gov/');
		expect(localizePath('/embed.js', 'es')).toBe('/embed.js');
		expect(localizePath('/api/faq.json', 'es')).toBe('/es/api/faq.json');
	});
});

describe('englishPath', () => {
	it('finds the language and the English address of any address', () => {
		expect(englishPath('/es/preguntas/treatment/#x')).toEqual({ lang: 'es', path: '/faq/treatment/#x' });
		expect(englishPath('/es/')).toEqual({ lang: 'es', path: '/' });
		expect(englishPath('/es/cuidados-posteriores/imprimir/')).toEqual({ lang: 'es', path: '/aftercare/print/' });
		expect(englishPath('/es')).toEqual({ lang: 'es', path: '/' });
		expect(englishPath('/faq/')).toEqual({ lang: 'en', path: '/faq/' });
		expect(englishPath('/estudios/')).toEqual({ lang: 'en', path: '/estudios/' });
	});
});
