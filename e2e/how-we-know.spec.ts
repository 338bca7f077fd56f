/**
 * Every claim shows what its source says, linked both ways: each quote in a page's source list
 * links to the same words on its source's page under "How we know" (/sources/<id>/), and each
 * quote there links to the pages whose source lists show it. Frequencies, evidence levels and
 * suitability entries link to the quote behind them, and what rests on clinic practice is
 * labelled on its page and listed on /sources/.
 */
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { englishPath } from '../src/i18n/routes';
import { readRawEntries } from '../src/model/files';
import { translationRoot } from '../src/model/translation-status';
import { builtPage, sitemapPaths } from './fixtures/site';

const hrefOf = (element: Element) => new URL(String(element.properties.href ?? ''), 'https://site.example/');
const sourcePaths = sitemapPaths().filter((path) => /^\/sources\/[^/]+\/$/.test(path));
const contentPaths = sitemapPaths().filter((path) => !/^\/sources\/.+/.test(path));
/**
 * Pages that show entries whose own place is elsewhere: the FAQ and glossary indexes, the print
 * sheet and the page of one aftercare phase. Their quotes link back to that place instead.
 */
const isView = (path: string) => ['/faq/', '/glossary/'].includes(path) || /^\/aftercare\/.+/.test(path);

/** The quote a link points to, as its source's page shows it (without the quotation marks). */
function quoteAt(href: URL): string | undefined {
	const item = select(`[data-quotes] > li[id="${decodeURIComponent(href.hash.slice(1))}"]`, builtPage(href.pathname));
	return item ? toString(select('blockquote', item)!).trim().replace(/^“|”$/g, '') : undefined;
}

/** Each quote a page's source list shows, with the link to it on its source's page. */
const citedOn = (path: string) =>
	selectAll('[data-citations] li li', builtPage(path)).map((item) => ({
		quote: toString(select('q', item)!),
		href: hrefOf(select('a', item)!),
	}));

test('each quote in a page’s source list is the same words on its source’s page, and that quote links back to the page', () => {
	let quotes = 0;
	for (const path of contentPaths) {
		for (const { quote, href } of citedOn(path)) {
			quotes += 1;
			expect(quoteAt(href), `${path} → ${href.pathname}${href.hash}`).toBe(quote);
			// Each language's pages link to their own; they are compared by their English addresses.
			const english = englishPath(path).path;
			if (isView(english)) continue;
			const item = select(`li[id="${decodeURIComponent(href.hash.slice(1))}"]`, builtPage(href.pathname))!;
			const back = selectAll('a', item).map((link) => englishPath(hrefOf(link).pathname).path);
			expect(englishPath(href.pathname).lang, `${path} links to its own language's source page`).toBe(englishPath(path).lang);
			// An FAQ topic page shows the FAQ's introduction, whose claims link to /faq/.
			expect(
				back.some((target) => target === english || (english.startsWith('/faq/') && target === '/faq/')),
				`${href.pathname}${href.hash} links back to ${path}`,
			).toBe(true);
		}
	}
	expect(quotes).toBeGreaterThan(50);
});

test('each page a quote on How we know links to shows that quote in its source list', () => {
	expect(sourcePaths.length).toBeGreaterThan(10);
	for (const sourcePath of sourcePaths) {
		const items = selectAll('[data-quotes] > li[id]', builtPage(sourcePath));
		expect(items.length, `${sourcePath} quotes something`).toBeGreaterThan(0);
		for (const item of items) {
			const anchor = `${sourcePath}#${String(item.properties.id)}`;
			const pages = new Set(selectAll('a', item).map((link) => hrefOf(link).pathname));
			expect(pages.size, `${anchor} supports something`).toBeGreaterThan(0);
			for (const path of pages)
				expect(
					citedOn(path).map(({ href }) => `${href.pathname}${href.hash}`),
					`${path} cites ${anchor}`,
				).toContain(anchor);
			expect(toString(select('blockquote', item)!).trim().split(/\s+/).length, anchor).toBeLessThanOrEqual(40);
		}
	}
});

test('How we know lists every source, each with its own page', () => {
	const listed = selectAll('[data-sources] > li > a', builtPage('/sources/')).map((link) => hrefOf(link).pathname);
	expect(listed.sort()).toEqual([...sourcePaths].sort());
});

test('each side effect’s frequency, benefit’s evidence level and suitability entry links to a quote behind it', () => {
	const frequencies = selectAll('dd[data-frequency]', builtPage('/side-effects/'));
	expect(frequencies.length).toBeGreaterThan(5);
	for (const dd of frequencies) {
		const links = selectAll('a', dd);
		expect(links.length, toString(dd)).toBeGreaterThan(0);
		for (const link of links) expect(quoteAt(hrefOf(link)), toString(dd)).toBeTruthy();
	}
	const benefits = builtPage('/benefits/');
	const levels = selectAll('main a', benefits).filter((link) => toString(link).includes('Why we say so'));
	expect(levels.length).toBe(readdirSync('content/benefits').length);
	for (const link of levels) expect(quoteAt(hrefOf(link))).toBeTruthy();
	for (const basis of selectAll('[data-basis]', builtPage('/suitability/'))) {
		const links = selectAll('a', basis);
		if (links.length === 0) expect(toString(basis)).toContain('what many clinics advise');
		for (const link of links) expect(quoteAt(hrefOf(link)), toString(basis)).toBeTruthy();
	}
});

test('what rests on clinic practice is labelled on its page and listed on How we know', () => {
	const listed = selectAll('#clinic-practice li', builtPage('/sources/')).map((item) => toString(item));
	expect(listed.some((claim) => claim.startsWith('How long a session usually takes'))).toBe(true);
	const note = select('[data-citations] p', builtPage('/faq/treatment/'));
	expect(note && toString(note)).toMatch(/^Clinic practice, not research: .*How long a session usually takes/);
});

test('a quote link from a page lands on that quote on its source’s page', async ({ page }) => {
	await page.goto('/side-effects/');
	const item = page.locator('[data-citations] li li').first();
	const quote = await item.locator('q').textContent();
	// A quote wraps over several lines, so the middle of its box may fall between them: follow it from the keyboard.
	await item.locator('a').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/sources\/[^/]+\/#/);
	const target = page.locator(':target');
	await expect(target).toBeVisible();
	await expect(target.locator('blockquote')).toHaveText(`“${quote}”`);
});

test.describe('in Spanish', () => {
	const spanishSources = sitemapPaths().filter((path) => /^\/es\/fuentes\/[^/]+\/$/.test(path));

	test('a Spanish page names its sources in English, marked so, and links to their Spanish pages', () => {
		const list = select('[data-citations]', builtPage('/es/efectos-secundarios/'))!;
		const titles = selectAll(':scope > ul > li > a', list);
		expect(titles.length).toBeGreaterThan(3);
		for (const title of titles) {
			expect(title.properties.lang, toString(title)).toBe('en');
			expect(hrefOf(title).pathname, toString(title)).toMatch(/^\/es\/fuentes\/[^/]+\/$/);
		}
	});

	test('each Spanish source page keeps the source’s words in English and names what they support in Spanish', () => {
		expect(spanishSources.length).toBe(sourcePaths.length);
		const claims: string[] = [];
		for (const path of spanishSources) {
			const page = builtPage(path);
			expect(select('h1 cite', page)?.properties.lang, path).toBe('en');
			for (const quote of selectAll('[data-quotes] blockquote', page)) expect(quote.properties.lang, path).toBe('en');
			claims.push(...selectAll('[data-quotes] li li', page).map((item) => toString(item)));
		}
		expect(claims.length).toBeGreaterThan(50);
		const english = /how often|Warning sign|When to start again|Is this normal|On the .* page/;
		expect(claims.filter((claim) => english.test(claim))).toEqual([]);
		expect(claims.some((claim) => claim.includes('con qué frecuencia ocurre'))).toBe(true);
		expect(claims.some((claim) => claim.startsWith('Señal de alarma: '))).toBe(true);
	});

	test('what rests on clinic practice is named in Spanish on the Spanish pages', () => {
		const label = readRawEntries('facts', translationRoot('es')).find((fact) => fact.id === 'session-length')!.data.label as string;
		const listed = selectAll('#clinic-practice li', builtPage('/es/fuentes/')).map((item) => toString(item));
		expect(listed.some((claim) => claim.startsWith(label))).toBe(true);
		const notes = selectAll('[data-citations] p', builtPage('/es/preguntas/treatment/')).map((note) => toString(note));
		expect(
			notes.some((note) => note.startsWith('Práctica de las clínicas, no investigación:') && note.includes(label)),
			notes.join('\n'),
		).toBe(true);
	});

	test('an English page marks no words as another language in its sources', () => {
		for (const path of ['/side-effects/', sourcePaths[0]!]) expect(selectAll('main [lang]', builtPage(path)), path).toEqual([]);
	});
});
