/**
 * One answer to each question, everywhere: a timing, a warning sign's urgency and a side
 * effect's frequency read the same on every built page, and the same as the content they come
 * from (content/advice.yaml and its translations, content/warning-signs.yaml, the side-effect
 * entries).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { parse } from 'yaml';
import { type Lang, languages, sourceLang } from '../src/i18n/languages';
import { englishPath } from '../src/i18n/routes';
import { showFacts } from '../src/model/fact-text';
import { builtPage, sitemapPaths } from './fixtures/site';

const pages = sitemapPaths().map((path) => ({ path, lang: englishPath(path).lang, tree: builtPage(path) }));
/** Each language's advice, as written once: content/advice.yaml, and its translation under content/<lang>/. */
const adviceIn = (lang: Lang) =>
	parse(readFileSync(lang === sourceLang ? 'content/advice.yaml' : `content/${lang}/advice.yaml`, 'utf8')) as Record<
		string,
		{ advice: string }
	>;

test('each timing reads the same on every page of a language, as written once in its advice file', () => {
	for (const lang of Object.keys(languages) as Lang[]) {
		const advice = adviceIn(lang);
		const seen = new Map<string, Set<string>>();
		for (const { tree } of pages.filter((page) => page.lang === lang)) {
			for (const element of selectAll('[data-advice]', tree)) {
				const id = String(element.properties.dataAdvice);
				seen.set(id, (seen.get(id) ?? new Set()).add(toString(element)));
			}
		}
		expect([...seen.keys()].sort(), lang).toEqual(Object.keys(advice).sort());
		for (const [id, texts] of seen) {
			expect([...texts], `${lang} ${id}`).toHaveLength(1);
			// A timing's figures are facts, written in the advice as <Fact id="…" /> and shown as their words.
			expect([...texts][0]!.startsWith(showFacts(advice[id]!.advice, lang).text), `${lang} ${id}`).toBe(true);
		}
	}
});

test('each warning sign has one urgency on every page', () => {
	const urgency = new Map<string, Set<string>>();
	for (const { tree } of pages) {
		for (const group of selectAll('[data-warning-signs] [data-urgency]', tree)) {
			const level = String(group.properties.dataUrgency);
			const signs = selectAll('li', group).map((item) => toString(item));
			// The short form lists a group's signs on one line after its label, a sentence each.
			const items =
				signs.length > 0
					? signs
					: toString(group)
							.replace(/^[^:]*:\s*/, '')
							.replace(/\.$/, '')
							.split(/\.\s+/);
			for (const sign of items) {
				const key = sign.trim().replace(/\.$/, '').toLowerCase();
				urgency.set(key, (urgency.get(key) ?? new Set()).add(level));
			}
		}
	}
	expect(urgency.size).toBeGreaterThan(5);
	for (const [sign, levels] of urgency) expect([...levels], sign).toHaveLength(1);
});

test('a glossary term that names a side effect shows the frequency of that side effect', () => {
	const sideEffects = builtPage('/side-effects/');
	let checked = 0;
	for (const { path, tree } of pages.filter((candidate) => candidate.path.startsWith('/glossary/'))) {
		const shown = select('[data-frequency]', tree);
		if (!shown) continue;
		const id = String(select('a[href^="/side-effects/#"]', shown)!.properties.href).split('#')[1]!;
		const card = select(`section[aria-labelledby="${id}"] dd`, sideEffects)!;
		const label = toString(card).split('(')[0]!.trim();
		expect(toString(shown), path).toContain(`How often: ${label}.`);
		checked += 1;
	}
	expect(checked).toBeGreaterThan(2);
});
