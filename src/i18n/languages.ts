/**
 * The languages the guide is written in. English is the original and keeps its addresses;
 * every other language is a translation of it, under its own prefix (`/es/`).
 */
export const languages = {
	en: { name: 'English', locale: 'en-US', prefix: '' },
	es: { name: 'Español', locale: 'es-US', prefix: '/es' },
} as const;

export type Lang = keyof typeof languages;

/** The language every entry is first written in, and the one each translation follows. */
export const sourceLang = 'en' satisfies Lang;

/** The language of a page, from `Astro.currentLocale`: English where Astro names none. */
export function langOf(locale: string | undefined): Lang {
	return locale !== undefined && Object.hasOwn(languages, locale) ? (locale as Lang) : sourceLang;
}

/**
 * The `lang` attribute for words written in `wordsLang` on a page in `pageLang`: none where the
 * two agree, so only a phrase in the other language (an English source's title on a Spanish
 * page) is marked, and a screen reader reads it with that language's voice.
 */
export function langWhere(wordsLang: Lang, pageLang: Lang): Lang | undefined {
	return wordsLang === pageLang ? undefined : wordsLang;
}
