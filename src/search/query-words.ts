/**
 * What Pagefind is asked for, in the language of the page the reader searches from: the query's
 * glossary terms and its other words, less the words that carry no meaning in that language.
 *
 * Pagefind's index folds accents: "micropuncion" finds "micropunción", "ano" finds "año", and a
 * page spelled as typed only ranks higher. A Spanish query is read the same way, so a word typed
 * without its accents is the same stop word or glossary name; Pagefind still gets the words as
 * typed and each term's names as the glossary spells them, so its own ranking keeps working.
 */
import type { Lang } from '../i18n/languages';
import { escapeRegExp } from '../vocabulary/matcher';
import { createQueryExpander, normalizeWord } from '../vocabulary/query';
import { namesOf, type VocabularyTerm } from '../vocabulary/terms';
import englishStopWords from './stop-words.json';
import spanishStopWords from './stop-words-es.json';

/** How each language's queries are read: the words dropped, and whether accents count. */
const queryRules: Record<Lang, { stopWords: readonly string[]; accents: 'as typed' | 'ignored' }> = {
	// English pages name nothing with an accent; its queries are read exactly as before Spanish came.
	en: { stopWords: englishStopWords, accents: 'as typed' },
	es: { stopWords: spanishStopWords, accents: 'ignored' },
};

/**
 * A text in Unicode's composed form (NFC) with the accents and other marks taken off its letters
 * ("micropunción" → "micropuncion", "año" → "ano"), as Pagefind indexes it. Each character of the
 * composed text stays one character, so a place in the result is the same place in it.
 */
export function withoutAccents(text: string): string {
	return text.normalize('NFC').replace(/\P{M}\p{M}*/gu, (character) => {
		const bare = character.normalize('NFD').replace(/\p{M}/gu, '');
		return bare.length === character.length ? bare : character;
	});
}

/** The same term with every name, wrong spelling and search name without accents. */
function termWithoutAccents(term: VocabularyTerm): VocabularyTerm {
	return {
		...term,
		term: withoutAccents(term.term),
		aliases: term.aliases.map(withoutAccents),
		abbreviation: term.abbreviation && withoutAccents(term.abbreviation),
		abbreviationOf: term.abbreviationOf && withoutAccents(term.abbreviationOf),
		variants: term.variants.map((variant) => ({ wrong: withoutAccents(variant.wrong), use: withoutAccents(variant.use) })),
		searchNames: term.searchNames.map(withoutAccents),
	};
}

/** Where `words` stand as whole words in `text`, from `from` on. */
function placeOf(words: string, text: string, from: number): number | undefined {
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words)}(?![\\p{L}\\p{N}])`, 'gu');
	pattern.lastIndex = from;
	return pattern.exec(text)?.index;
}

/**
 * Turns a query into what to search for, as `createQueryExpander` does, for a page in `lang`.
 * Where the language ignores accents, the query and the glossary are compared without them, and
 * each unit keeps the words as the reader typed them. ¿ and ¡ are punctuation, like "?".
 */
export function createSearchQuery(terms: readonly VocabularyTerm[], lang: Lang) {
	const { stopWords, accents } = queryRules[lang];
	if (accents === 'as typed') return createQueryExpander(terms, { stopWords });
	const expand = createQueryExpander(terms.map(termWithoutAccents), { stopWords: stopWords.map(withoutAccents) });
	const byId = new Map(terms.map((term) => [term.id, term]));
	return (query: string): ReturnType<typeof expand> => {
		const typed = query.normalize('NFC');
		const bare = withoutAccents(typed);
		let cursor = 0;
		// The units come in the order of the query, so each stands at the next place its words do.
		const units = expand(bare).units.map(({ label, termId }) => {
			const start = placeOf(label, bare, cursor);
			const asTyped = start === undefined ? label : typed.slice(start, start + label.length);
			if (start !== undefined) cursor = start + label.length;
			const term = termId === undefined ? undefined : byId.get(termId);
			return term
				? { label: asTyped, text: namesOf(term).join(' ').toLowerCase(), termId: term.id }
				: { label: asTyped, text: normalizeWord(asTyped) };
		});
		return {
			text: units.map((unit) => unit.text).join(' '),
			termIds: units.flatMap((unit) => (unit.termId ? [unit.termId] : [])),
			units,
		};
	};
}
