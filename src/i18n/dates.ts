/** Dates as readers of each language write them: "November 20, 2026", "20 de noviembre de 2026". */
import { type Lang, languages } from './languages';

// Made once per language: a formatter is slow to make, and every page formats its dates.
const formats = new Map<Lang, Intl.DateTimeFormat>();

/** A calendar date (stored as midnight UTC) in `lang`. */
export function formatDateIn(date: Date, lang: Lang): string {
	let format = formats.get(lang);
	if (!format) {
		format = new Intl.DateTimeFormat(languages[lang].locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
		formats.set(lang, format);
	}
	return format.format(date);
}
