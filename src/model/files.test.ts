import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, describeLocation, idFromFileName, listEntryIds, missingEntryMessage, readRawEntries } from './files';

describe('contentDir', () => {
	it('defaults to content/ and follows CONTENT_DIR', () => {
		expect(contentDir({})).toBe('content');
		expect(contentDir({ CONTENT_DIR: 'tests/fixtures/x' })).toBe('tests/fixtures/x');
	});
});

describe('idFromFileName', () => {
	it('drops the folder and extension', () => {
		expect(idFromFileName('is-it-painful.mdx')).toBe('is-it-painful');
		expect(idFromFileName('sub/first-week.yaml')).toBe('first-week');
	});
});

describe('describeLocation', () => {
	it('names the folder pattern or the file of a collection', () => {
		expect(describeLocation('faq', 'content')).toBe('content/faq/*.mdx');
		expect(describeLocation('sideEffects', 'content')).toBe('content/side-effects/*.mdx');
		expect(describeLocation('sources', 'content')).toBe('content/sources.yaml');
	});
});

describe('listEntryIds', () => {
	const root = mkdtempSync(join(tmpdir(), 'content-'));
	mkdirSync(join(root, 'faq'));
	writeFileSync(join(root, 'faq', 'b-question.mdx'), '');
	writeFileSync(join(root, 'faq', 'a-question.mdx'), '');
	writeFileSync(join(root, 'faq', 'notes.txt'), '');
	writeFileSync(join(root, 'sources.yaml'), 'fda:\n  title: x\nnhs:\n  title: y\n');

	it('lists a folder collection’s ids from its file names, sorted, ignoring other extensions', () => {
		expect(listEntryIds('faq', root)).toEqual(['a-question', 'b-question']);
	});

	it('lists a file collection’s ids from its top-level keys', () => {
		expect(listEntryIds('sources', root)).toEqual(['fda', 'nhs']);
	});

	it('sees a file added after an earlier call', () => {
		const dir = mkdtempSync(join(tmpdir(), 'content-'));
		mkdirSync(join(dir, 'faq'));
		writeFileSync(join(dir, 'faq', 'first.mdx'), '');
		expect(listEntryIds('faq', dir)).toEqual(['first']);
		writeFileSync(join(dir, 'faq', 'second.mdx'), '');
		utimesSync(join(dir, 'faq'), new Date(), new Date(Date.now() + 1000));
		expect(listEntryIds('faq', dir)).toEqual(['first', 'second']);
	});

	it('returns nothing for a missing folder or file', () => {
		expect(listEntryIds('glossary', root)).toEqual([]);
		expect(listEntryIds('facts', root)).toEqual([]);
	});
});

describe('missingEntryMessage', () => {
	it('names the file to create, or the file to add the entry to', () => {
		expect(missingEntryMessage('pages', 'faq', 'content')).toBe(
			'content/pages/faq.mdx is missing, and a page needs it. Create it (see content/README.md).',
		);
		expect(missingEntryMessage('facts', 'redness', 'content')).toContain('content/facts.yaml has no entry "redness"');
	});
});

describe('readRawEntries', () => {
	it('reads a folder collection’s frontmatter or YAML by id, unvalidated', () => {
		const [entry] = readRawEntries('glossary', 'tests/fixtures/content/valid');
		expect(entry?.id).toBe('microneedling');
		expect(entry?.data.term).toBe('Microneedling');
		expect(readRawEntries('aftercare', 'tests/fixtures/content/valid')).toEqual([]);
	});

	it('reads a collection that is one file, entry by entry', () => {
		const advice = readRawEntries('advice', 'content');
		expect(advice.map((entry) => entry.id)).toContain('makeup');
		expect(advice.find((entry) => entry.id === 'makeup')).toMatchObject({ data: { activity: 'Wearing makeup' }, body: '' });
	});
});
