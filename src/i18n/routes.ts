/**
 * Every address in Spanish, from its English one. English keeps its addresses (links staff have
 * sent must keep working); each other language has its own words for the sections under its
 * prefix, and shares the ids below them: FAQ topics and answers, aftercare phases and steps,
 * glossary terms, sources and short links are the same in every language.
 */
import { type Lang, languages, sourceLang } from './languages';

/** The section words of each translated language: the English first segment → its own. */
const sectionWords: Partial<Record<Lang, Record<string, string>>> = {
	es: {
		procedure: 'procedimiento',
		benefits: 'beneficios',
		'side-effects': 'efectos-secundarios',
		suitability: 'es-para-usted',
		options: 'opciones',
		aftercare: 'cuidados-posteriores',
		faq: 'preguntas',
		glossary: 'glosario',
		sources: 'fuentes',
		about: 'acerca-de',
		'for-clinics': 'para-clinicas',
		'decision-sheet': 'hoja-de-decision',
		search: 'buscar',
		print: 'imprimir',
	},
};

/**
 * The address of a page in `lang`, from its English address: `/faq/treatment/#x` →
 * `/es/preguntas/treatment/#x`. Each path segment the language names is translated; ids stay as
 * they are. An address outside the site, or to a file (`/embed.js`), is returned as it is.
 */
export function localizePath(path: string, lang: Lang): string {
	if (lang === sourceLang || !path.startsWith('/') || path.startsWith('//')) return path;
	const [, pathname = '', rest = ''] = /^([^?#]*)(.*)$/.exec(path) ?? [];
	if (/\.[a-z0-9]+$/i.test(pathname) && !pathname.startsWith('/api/')) return path;
	const words = sectionWords[lang] ?? {};
	const segments = pathname.split('/').map((segment) => words[segment] ?? segment);
	return `${languages[lang].prefix}${segments.join('/')}${rest}`;
}

/** The English address of a page in any language: the inverse of `localizePath`. */
export function englishPath(path: string): { lang: Lang; path: string } {
	for (const [lang, words] of Object.entries(sectionWords) as [Lang, Record<string, string>][]) {
		const prefix = languages[lang].prefix;
		if (path !== prefix && path !== `${prefix}/` && !path.startsWith(`${prefix}/`)) continue;
		const english = Object.fromEntries(Object.entries(words).map(([en, word]) => [word, en]));
		const [, pathname = '', rest = ''] = /^([^?#]*)(.*)$/.exec(path.slice(prefix.length) || '/') ?? [];
		return {
			lang,
			path: `${pathname
				.split('/')
				.map((segment) => english[segment] ?? segment)
				.join('/')}${rest}`,
		};
	}
	return { lang: sourceLang, path };
}
