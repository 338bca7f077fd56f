import { namesOf, type VocabularyTerm } from './terms.ts';

/** One mention of a glossary term in a text. */
export interface TermMention {
	/** The glossary entry the words name. */
	id: string;
	/** Where the words start and end in the text (end is exclusive). */
	start: number;
	end: number;
	/** The words as written: an alias keeps its own words. */
	text: string;
}

interface MatcherOptions {
	/** Also match the wrong spellings (`micro-needling`), as search does; the linker does not. */
	variants?: boolean;
	/** Also match each term's search names (`Dermapen`), as search does; the linker never shows them. */
	searchNames?: boolean;
	/** Match abbreviations in any case (`cit`), as people type them into search. */
	abbreviationsInAnyCase?: boolean;
	/**
	 * Each name's forms in the text's language, matched as written in place of the English plural
	 * ending: `spanishForms` gives "mínimamente invasiva" and "cicatriz en vía de tren". A
	 * parameter, so the English search script does not carry the Spanish rules.
	 */
	forms?: (name: string) => string[];
}

/** What one `find` did: the characters it read into the name tree, and the names it tried in full. */
interface MatcherWork {
	charactersRead: number;
	namesTried: number;
}

/** A name such as "CIT" or "RF microneedling" that is written in capitals and matched as written. */
function isAbbreviation(name: string): boolean {
	return /\p{Lu}{2}/u.test(name);
}

/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern that matches each letter in either case: "microneedling" → "[mM][iI]…". */
export function anyCase(pattern: string): string {
	return pattern.replace(/\p{L}/gu, (letter) => {
		const lower = letter.toLowerCase();
		const upper = letter.toUpperCase();
		return lower === upper ? letter : `[${lower}${upper}]`;
	});
}

/**
 * A pattern for one name: any case, any run of spaces between words, and an optional plural
 * where the name has no forms of its own. A name matched as written may still begin a sentence
 * ("Micropunción con RF" for "micropunción con RF").
 */
function namePattern(name: string, exactCase: boolean, plural: boolean): string {
	const words = name.trim().split(/\s+/).map(escapeRegExp);
	if (exactCase) return words.join('\\s+').replace(/^\p{Ll}/u, (letter) => anyCase(letter));
	const anyCaseWords = words.map(anyCase).join('\\s+');
	return plural && /\p{L}$/u.test(name) ? `${anyCaseWords}(?:[eE]?[sS])?` : anyCaseWords;
}

/** Letters, digits and hyphens continue a word: a name matches only as whole words. */
const wordCharacter = '[\\p{L}\\p{N}_-]';
const spaces = /\s+/uy;

/** Every character a name's letter matches: the letter in both cases ("c" → c, C). */
function casesOf(character: string): string[] {
	return /\p{L}/u.test(character) ? [...new Set([...character.toLowerCase(), ...character.toUpperCase()])] : [character];
}

/** The key a character has in the name tree: its lower case, so both cases reach the same branch. */
const fold = (character: string) => character.toLowerCase();

/** A branch of the name tree: the names that end here, by their place in the longest-first order. */
interface NameNode {
	next: Map<string, NameNode>;
	/** The branch for a run of spaces between words. */
	space?: NameNode;
	ends: number[];
}

const newNode = (): NameNode => ({ next: new Map(), ends: [] });

/**
 * Finds mentions of glossary terms in plain text: whole words only, the longest name first
 * ("collagen induction therapy" before "collagen"), in any case except abbreviations, which
 * must be written in capitals so that "cit" inside ordinary words never matches.
 *
 * The names form a tree of their lower-case characters, so at each word the text walks one
 * branch and only the names it spells are tried: finding costs the same whatever the number of
 * terms. Each name tried is its own pattern (case, spaces, plural, word end), in the order one
 * alternation of every name, longest first, would try them.
 */
export function createTermMatcher(terms: readonly VocabularyTerm[], options: MatcherOptions = {}) {
	const capitalsOnly = (name: string) => isAbbreviation(name) && !options.abbreviationsInAnyCase;
	const inflect = options.forms;
	// A name matched as written (an abbreviation) has no other forms in any language.
	const withForms = (name: string, id: string, exactCase: boolean) =>
		(inflect && !exactCase ? inflect(name) : [name]).map((form) => ({ name: form, id, exactCase }));
	const names = terms.flatMap((term) => [
		...namesOf(term).flatMap((name) => withForms(name, term.id, capitalsOnly(name))),
		...(options.variants ? term.variants.flatMap((variant) => withForms(variant.wrong, term.id, capitalsOnly(variant.wrong))) : []),
		// A search name is what a reader types, so its case never matters ("dermapen", "SKINPEN").
		...(options.searchNames ? term.searchNames.flatMap((name) => withForms(name, term.id, false)) : []),
	]);
	names.sort((a, b) => b.name.length - a.name.length);
	// Each name's own pattern is made the first time the text spells it: most names never are.
	const patterns: RegExp[] = [];
	const patternOf = (index: number) => {
		const { name, exactCase } = names[index]!;
		return (patterns[index] ??= new RegExp(`(?:${namePattern(name, exactCase, !inflect)})(?!${wordCharacter})`, 'uy'));
	};

	const root = newNode();
	const firstCharacters = new Set<string>();
	// A name whose letter has a case that lowers to another letter (the long s, ſ, is also S) has
	// no single branch: it is tried at every word.
	const everywhere: number[] = [];
	names.forEach(({ name, exactCase }, index) => {
		const words = name.trim().split(/\s+/);
		const characters = [...words[0]!];
		// A name matched as written may still begin a sentence, so a small first letter is also a capital one.
		const first = characters[0]!;
		for (const character of exactCase && !/\p{Ll}/u.test(first) ? [first] : casesOf(first)) firstCharacters.add(character);
		if (
			!exactCase &&
			words.some((word) => [...word].some((character) => casesOf(character).some((other) => fold(other) !== fold(character))))
		) {
			everywhere.push(index);
			return;
		}
		let node = root;
		words.forEach((word, position) => {
			if (position > 0) node = node.space ??= newNode();
			for (const character of word) {
				const key = fold(character);
				node = node.next.get(key) ?? node.next.set(key, newNode()).get(key)!;
			}
		});
		node.ends.push(index);
	});
	const characterClass = [...firstCharacters].map((character) => `\\u{${character.codePointAt(0)!.toString(16)}}`).join('');
	// Where a name can start: a character that begins one, not inside a word.
	const starts = new RegExp(`(?<!${wordCharacter})[${characterClass}]`, 'gu');

	/** The names the text spells from `start` on, in the order to try them. */
	function candidates(text: string, start: number, work?: MatcherWork): number[] {
		const found = [...everywhere];
		let node: NameNode | undefined = root;
		let at = start;
		while (node && at < text.length) {
			if (work) work.charactersRead += 1;
			spaces.lastIndex = at;
			const gap: string | undefined = node.space && spaces.exec(text)?.[0];
			const character: string = gap ?? String.fromCodePoint(text.codePointAt(at)!);
			node = gap ? node.space : node.next.get(fold(character));
			if (node) found.push(...node.ends);
			at += character.length;
		}
		return found.sort((a, b) => a - b);
	}

	return {
		/** Every mention in the text, in order, none overlapping; `work`, if given, counts what it did. */
		find(text: string, work?: MatcherWork): TermMention[] {
			const mentions: TermMention[] = [];
			if (names.length === 0) return mentions;
			starts.lastIndex = 0;
			for (let start = starts.exec(text); start; start = starts.exec(text)) {
				for (const index of candidates(text, start.index, work)) {
					if (work) work.namesTried += 1;
					const pattern = patternOf(index);
					pattern.lastIndex = start.index;
					const match = pattern.exec(text);
					if (!match) continue;
					const end = start.index + match[0].length;
					mentions.push({ id: names[index]!.id, start: start.index, end, text: match[0] });
					starts.lastIndex = end;
					break;
				}
			}
			return mentions;
		},
	};
}
