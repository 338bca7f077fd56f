import { describe, expect, it } from 'vitest';
import { readGlossaryFiles } from '../vocabulary/glossary-files';
import { createQueryExpander, normalizeWord } from '../vocabulary/query';
import { namesOf } from '../vocabulary/terms';
import stopWords from './stop-words.json';

const terms = readGlossaryFiles();
const expand = createQueryExpander(terms, { stopWords });
/** Every name a reader may type for a term (its names, search names and wrong spellings), lower case. */
const typedNames = terms.map((term) => ({
	id: term.id,
	names: [...namesOf(term), ...term.searchNames, ...term.variants.map((variant) => variant.wrong)].map(normalizeWord),
}));

describe('the stop word list', () => {
	it('holds each word once, in lower case with straight apostrophes', () => {
		expect(stopWords.map(normalizeWord)).toEqual(stopWords);
		expect(new Set(stopWords).size).toBe(stopWords.length);
	});
});

describe.each(stopWords)('the stop word “%s”', (word) => {
	it('is not a glossary name', () => {
		const owners = typedNames.filter((term) => term.names.includes(word)).map((term) => term.id);
		expect(owners, `“${word}” is a name of ${owners.join(', ')}: take it out of src/search/stop-words.json`).toEqual([]);
	});

	it('is dropped from a query while every glossary name beside it stays', () => {
		for (const term of typedNames) {
			for (const name of term.names) {
				const { units, termIds } = expand(`${word} ${name}`);
				expect(termIds, `“${word} ${name}”`).toContain(term.id);
				expect(
					units.some((unit) => !unit.termId && unit.text === word),
					`“${word} ${name}”`,
				).toBe(false);
			}
		}
	});
});
