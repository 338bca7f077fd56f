/**
 * A Spanish page shows every entry in Spanish: no title, name, question or label of an English
 * entry appears on it where the entry has a translation, unless marked as English (a source's
 * title, which stays in its own language). The words are compared with content/ and content/es/.
 */
import { expect, test } from '@playwright/test';
import type { Element, Root, RootContent } from 'hast';
import { select } from 'hast-util-select';
import { readRawEntries, translatedCollections } from '../src/model/files';
import { translationRoot } from '../src/model/translation-status';
import { builtPage, sitemapPaths } from './fixtures/site';

/** The fields that name an entry on the pages that show it. */
const nameFields = ['title', 'term', 'question', 'label', 'sign', 'activity'];

/** Each English name whose translation reads differently, with where it is from. */
function englishNames(): Map<string, string> {
	const names = new Map<string, string>();
	for (const collection of translatedCollections) {
		const spanish = new Map(readRawEntries(collection, translationRoot('es')).map((entry) => [entry.id, entry.data]));
		for (const { id, data } of readRawEntries(collection)) {
			for (const field of nameFields) {
				const [english, translated] = [data[field], spanish.get(id)?.[field]];
				// One word may be the same in both languages, or part of another ("Acne", "Melasma").
				if (typeof english !== 'string' || typeof translated !== 'string' || english === translated || !english.includes(' ')) continue;
				names.set(english, `${collection}/${id} → ${field}`);
			}
		}
	}
	return names;
}

/**
 * The words a reader of the page is given in its language: its body, leaving out what is marked
 * as another language, scripts, and code to copy (a clinic's embed snippet, src/embed/).
 */
function spanishText(node: Root | RootContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'root' && node.type !== 'element') return '';
	const element = node as Element;
	if (
		node.type === 'element' &&
		(element.properties.lang === 'en' || ['script', 'style', 'template', 'textarea', 'code'].includes(element.tagName))
	)
		return ' ';
	return node.children.map(spanishText).join(node.type === 'element' && element.tagName === 'p' ? ' ' : '');
}

test('no Spanish page shows an English entry’s name where the entry has a translation', () => {
	const names = englishNames();
	expect(names.size).toBeGreaterThan(100);
	const paths = sitemapPaths().filter((path) => path.startsWith('/es/'));
	expect(paths.length).toBeGreaterThan(50);
	const found: string[] = [];
	for (const path of paths) {
		const body = select('body', builtPage(path))!;
		const text = spanishText(body).replace(/\s+/g, ' ');
		for (const [name, from] of names) if (text.includes(name)) found.push(`${path}: "${name}" (${from})`);
	}
	expect(found).toEqual([]);
});
