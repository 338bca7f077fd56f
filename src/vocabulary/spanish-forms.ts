/**
 * The forms a Spanish name takes in a sentence. A Spanish noun phrase changes every word that
 * agrees with its noun ("cicatriz en picahielo", "cicatrices en picahielo"), and an adjective
 * changes with the noun it describes ("mínimamente invasivo", "una técnica mínimamente
 * invasiva"), where English only adds an "s" at the end.
 */

/** Words that start a name's complement: from the first one on, the words keep their number ("factores de crecimiento"). */
const prepositions = new Set(['a', 'al', 'con', 'de', 'del', 'en', 'para', 'por', 'sin', 'sobre', 'tras']);

/** Words that never change: adverbs ("mínimamente", "más"). */
const invariable = (word: string) => /mente$/iu.test(word) || ['más', 'menos', 'muy', 'tan'].includes(word.toLowerCase());

const withoutAccent: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };

/**
 * A word's plural, or its plurals where the rules allow two: "tono" → tonos, "factor" →
 * factores, "cicatriz" → cicatrices, "micropunción" → micropunciones (the accent goes, as the
 * stress falls on the same vowel of a longer word). A borrowed word ending in a consonant takes
 * only an "s" ("peeling" → peelings), so a consonant gives both endings. A word already ending
 * in "s" or "x" is its own plural ("herpes", "dermis").
 */
function plurals(word: string): string[] {
	if (/[sx]$/iu.test(word)) return [word];
	if (/z$/iu.test(word)) return [`${word.slice(0, -1)}ces`];
	if (/[aeiouáéó]$/iu.test(word)) return [`${word}s`];
	if (/[íú]$/iu.test(word)) return [`${word}es`, `${word}s`];
	// An accent on the last syllable, before its final consonant: "-ción", "-ón", "-án".
	const lastSyllableAccent = /([áéíóú])([^aeiouáéíóú]+)$/iu.exec(word);
	if (lastSyllableAccent) {
		const [ending, vowel, consonants] = lastSyllableAccent;
		const stem = `${word.slice(0, -ending.length)}${withoutAccent[vowel!.toLowerCase()]}${consonants}`;
		return [`${stem}es`];
	}
	return [`${word}es`, `${word}s`];
}

/**
 * A plural word's singulars, or the word itself where it may already be one ("herpes"): the
 * rules of `plurals` read backwards. "-es" after a consonant is either a whole ending
 * ("factores" → factor) or an "s" after an "e" ("exfoliantes" → exfoliante), so both are given.
 */
function singulars(word: string): string[] {
	if (!/s$/iu.test(word)) return [word];
	if (/ces$/iu.test(word)) return [`${word.slice(0, -3)}z`, word];
	if (/iones$/iu.test(word)) return [`${word.slice(0, -5)}ión`, word];
	if (/[^aeiouáéíóú]es$/iu.test(word)) return [word.slice(0, -1), word.slice(0, -2), word];
	if (/[aeiouáéíóú]s$/iu.test(word)) return [word.slice(0, -1), word];
	return [word];
}

/** The same adjective in the other gender: "invasivo" → invasiva, "oscuras" → oscuros; other words as they are. */
function otherGender(word: string): string {
	const match = /([oa])(s?)$/u.exec(word);
	if (!match) return word;
	return `${word.slice(0, -match[0].length)}${match[1] === 'o' ? 'a' : 'o'}${match[2]}`;
}

/** Every combination of one choice per word, each joined with spaces. */
function combinations(choices: readonly string[][]): string[] {
	return choices.reduce<string[]>(
		(phrases, options) => phrases.flatMap((phrase) => options.map((option) => (phrase ? `${phrase} ${option}` : option))),
		[''],
	);
}

/**
 * Every form of a Spanish name, the name first: singular and plural, and the other gender of
 * the words after its first. Only the words before its first preposition agree; the words after
 * it keep their own number ("cicatrices en vía de tren" → "cicatriz en vía de tren"). The first
 * word always takes the number; the words after it may or may not, as an adjective agrees and a
 * borrowed word does not ("cicatrices ice pick"), so each run of them is tried. The first word
 * keeps its gender, as a noun does ("toxina"); an adjective after it may change ("mínimamente
 * invasiva"). A form that is no Spanish word ("toxina botulínico") is harmless: text never spells
 * it. Stress that moves in a plural ("joven" → jóvenes) is not written.
 */
export function spanishForms(name: string): string[] {
	const words = name.trim().split(/\s+/);
	const end = words.findIndex((word, index) => index > 0 && prepositions.has(word.toLowerCase()));
	const head = end === -1 ? words : words.slice(0, end);
	const rest = end === -1 ? [] : words.slice(end);
	// The first `count` words take the number, the others stay as written.
	const inflect = (form: (word: string) => string[], count: number) =>
		combinations(head.map((word, index) => (index >= count || invariable(word) ? [word] : form(word))));
	const numbers = head.flatMap((_, index) => [...inflect(singulars, index + 1), ...inflect(plurals, index + 1)]);
	const genders = numbers.map((phrase) =>
		phrase
			.split(' ')
			.map((word, index) => (index > 0 && !invariable(word) ? otherGender(word) : word))
			.join(' '),
	);
	const forms = [name.trim(), ...[...numbers, ...genders].map((phrase) => [phrase, ...rest].join(' '))];
	return [...new Map(forms.map((form) => [form.toLowerCase(), form])).values()];
}
