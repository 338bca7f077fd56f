import type { Lang } from '../i18n/languages';

/**
 * A value the build reads once for each language, however many pages ask for it: `read` runs
 * the first time a language is asked for, and every later call gets the same promise.
 */
export function oncePerLanguage<Value>(read: (lang: Lang) => Promise<Value>): (lang: Lang) => Promise<Value> {
	const values = new Map<Lang, Promise<Value>>();
	return (lang) => {
		let value = values.get(lang);
		if (!value) values.set(lang, (value = read(lang)));
		return value;
	};
}
