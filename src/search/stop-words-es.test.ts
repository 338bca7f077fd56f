import { describe, expect, it } from 'vitest';
import { readGlossaryFiles } from '../vocabulary/glossary-files';
import { normalizeWord } from '../vocabulary/query';
import { namesOf } from '../vocabulary/terms';
import { createSearchQuery, withoutAccents } from './query-words';
import stopWords from './stop-words-es.json';

const terms = readGlossaryFiles('content/es');
const expand = createSearchQuery(terms, 'es');
/** Every name a reader may type for a Spanish term, as search compares them: lower case, without accents. */
const typedNames = terms.map((term) => ({
	id: term.id,
	names: [...namesOf(term), ...term.searchNames, ...term.variants.map((variant) => variant.wrong)].map((name) =>
		withoutAccents(normalizeWord(name)),
	),
}));

describe('the Spanish stop word list', () => {
	it('holds each word once, as search compares words: in lower case and without accents', () => {
		expect(stopWords.map(normalizeWord)).toEqual(stopWords);
		expect(new Set(stopWords.map(withoutAccents)).size).toBe(stopWords.length);
	});
});

describe.each(stopWords)('the Spanish stop word “%s”', (word) => {
	it('is not a glossary name, with or without accents', () => {
		const owners = typedNames.filter((term) => term.names.includes(withoutAccents(word))).map((term) => term.id);
		expect(owners, `“${word}” is a name of ${owners.join(', ')}: take it out of src/search/stop-words-es.json`).toEqual([]);
	});

	it('is dropped from a query, typed with or without its accents, while every glossary name beside it stays', () => {
		for (const typed of new Set([word, withoutAccents(word)])) {
			for (const term of typedNames) {
				for (const name of term.names) {
					const { units, termIds } = expand(`${typed} ${name}`);
					expect(termIds, `“${typed} ${name}”`).toContain(term.id);
					expect(
						units.some((unit) => !unit.termId && withoutAccents(unit.text) === withoutAccents(word)),
						`“${typed} ${name}”`,
					).toBe(false);
				}
			}
		}
	});
});
