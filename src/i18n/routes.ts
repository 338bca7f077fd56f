/**
 * Every address in Spanish, from its English one. English keeps its addresses (links staff have
 * sent must keep working); each other language has its own words for the sections under its
 * prefix, and shares the ids below them: FAQ topics and answers, aftercare phases and steps,
 * glossary terms, sources and short links are the same in every language.
 */
import { type Lang, languages, sourceLang } from './languages.ts';

/**
 * The words of each translated language for the site's sections (the first part of an English
 * address) and for the fixed pages below a section (`/aftercare/print/`). Only these are
 * translated: everything else in an address is an id, shared by every language, even where an
 * id is also a section's name (the FAQ topic `aftercare`).
 */
const sectionWords: Partial<Record<Lang, Record<string, { word: string; pages?: Record<string, string> }>>> = {
	es: {
		procedure: { word: 'procedimiento' },
		benefits: { word: 'beneficios' },
		'side-effects': { word: 'efectos-secundarios' },
		suitability: { word: 'es-para-usted' },
		options: { word: 'opciones' },
		aftercare: { word: 'cuidados-posteriores', pages: { print: 'imprimir' } },
		faq: { word: 'preguntas' },
		glossary: { word: 'glosario' },
		sources: { word: 'fuentes' },
		about: { word: 'acerca-de' },
		'for-clinics': { word: 'para-clinicas' },
		'decision-sheet': { word: 'hoja-de-decision' },
		search: { word: 'buscar' },
	},
};

/** An address split into its path segments and what follows the path (`?…`, `#…`). */
function splitPath(path: string): { segments: string[]; rest: string } {
	const [, pathname = '', rest = ''] = /^([^?#]*)(.*)$/.exec(path) ?? [];
	return { segments: pathname.split('/'), rest };
}

/**
 * The address of a page in `lang`, from its English address: `/faq/treatment/#x` →
 * `/es/preguntas/treatment/#x`. The section and its fixed pages take the language's words; ids
 * stay as they are. An address outside the site, or to a file (`/embed.js`), is returned as it is.
 */
export function localizePath(path: string, lang: Lang): string {
	if (lang === sourceLang || !path.startsWith('/') || path.startsWith('//')) return path;
	const { segments, rest } = splitPath(path);
	if (/\.[a-z0-9]+$/i.test(segments.join('/')) && segments[1] !== 'api') return path;
	const section = sectionWords[lang]?.[segments[1] ?? ''];
	if (section) {
		segments[1] = section.word;
		const page = section.pages?.[segments[2] ?? ''];
		if (page) segments[2] = page;
	}
	return `${languages[lang].prefix}${segments.join('/')}${rest}`;
}

/** The English address of a page in any language: the inverse of `localizePath`. */
export function englishPath(path: string): { lang: Lang; path: string } {
	for (const [lang, words] of Object.entries(sectionWords) as [Lang, Record<string, { word: string; pages?: Record<string, string> }>][]) {
		const prefix = languages[lang].prefix;
		if (path !== prefix && path !== `${prefix}/` && !path.startsWith(`${prefix}/`)) continue;
		const { segments, rest } = splitPath(path.slice(prefix.length) || '/');
		const section = Object.entries(words).find(([, { word }]) => word === segments[1]);
		if (section) {
			const [english, { pages = {} }] = section;
			segments[1] = english;
			const page = Object.entries(pages).find(([, word]) => word === segments[2]);
			if (page) segments[2] = page[0];
		}
		return { lang, path: `${segments.join('/')}${rest}` };
	}
	return { lang: sourceLang, path };
}
