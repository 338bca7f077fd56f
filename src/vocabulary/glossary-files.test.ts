import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { languageFolders } from '../model/translation-status';
import { readGlossaryFiles } from './glossary-files';

describe('readGlossaryFiles', () => {
	it('reads each entry’s vocabulary fields straight from its file, id from the file name', () => {
		const [microneedling] = readGlossaryFiles('tests/fixtures/content/valid');
		expect(microneedling).toMatchObject({ id: 'microneedling', term: 'Microneedling' });
		expect(microneedling?.definition.length).toBeGreaterThan(0);
	});

	it('reads the whole site glossary, with CIT as the abbreviation of collagen induction therapy', () => {
		const terms = readGlossaryFiles('content');
		expect(terms.length).toBeGreaterThan(20);
		expect(terms.find((term) => term.id === 'microneedling')).toMatchObject({
			abbreviation: 'CIT',
			abbreviationOf: 'collagen induction therapy',
			variants: expect.arrayContaining([{ wrong: 'micro-needling', use: 'microneedling' }]),
		});
	});
});

describe('languageFolders', () => {
	it('gives the English folder, then each translation folder that exists', () => {
		expect(languageFolders('content')).toEqual([
			{ lang: 'en', root: 'content' },
			{ lang: 'es', root: join('content', 'es') },
		]);
		expect(languageFolders('tests/fixtures/content/valid')).toEqual([{ lang: 'en', root: 'tests/fixtures/content/valid' }]);
	});
});
