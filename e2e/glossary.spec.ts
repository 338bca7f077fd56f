import { expect, test } from '@playwright/test';
import { translationRoot } from '../src/model/translation-status';
import { readGlossaryFiles } from '../src/vocabulary/glossary-files';
import { aliasRedirects } from '../src/vocabulary/terms';
import { sitemapPaths, timeForPages } from './fixtures/site';

const vocabulary = readGlossaryFiles();
const spanishVocabulary = readGlossaryFiles(translationRoot('es'));
/** What a term's tooltip says: its name, then its definition. */
const tooltipOf = (id: string) => {
	const term = vocabulary.find((candidate) => candidate.id === id)!;
	return `${term.term}: ${term.definition}`;
};

test('every alias has its own address that redirects to the term, with a canonical link', async ({ page, request }) => {
	const redirects = Object.entries(aliasRedirects(vocabulary, 'en'));
	expect(redirects).toContainEqual(['/glossary/cit/', '/glossary/microneedling/']);
	expect(redirects).toContainEqual(['/glossary/collagen-induction-therapy/', '/glossary/microneedling/']);
	for (const [from, to] of redirects) {
		const html = await (await request.get(from)).text();
		expect(html, from).toContain(`<link rel="canonical" href="https://microneedling-guide.example${to}">`);
		expect(html, from).toContain('<meta name="robots" content="noindex">');
	}
	await page.goto('/glossary/cit/');
	await expect(page).toHaveURL(/\/glossary\/microneedling\/$/);
	await expect(page.locator('h1')).toHaveText('Microneedling');
});

test('every Spanish name has its own address, in plain letters, that redirects to the Spanish term', async ({ page, request }) => {
	const redirects = Object.entries(aliasRedirects(spanishVocabulary, 'es'));
	for (const slug of ['micropuncion', 'terapia-de-induccion-de-colageno', 'tic', 'induccion-percutanea-de-colageno', 'dermapen']) {
		expect(redirects).toContainEqual([`/es/glosario/${slug}/`, '/es/glosario/microneedling/']);
	}
	for (const [from, to] of redirects) {
		expect(from, 'an address a reader can type').toMatch(/^\/es\/glosario\/[a-z0-9-]+\/$/);
		const html = await (await request.get(from)).text();
		expect(html, from).toContain(`<link rel="canonical" href="https://microneedling-guide.example${to}">`);
		expect(html, from).toContain('<meta name="robots" content="noindex">');
	}
	await page.goto('/es/glosario/tic/');
	await expect(page).toHaveURL(/\/es\/glosario\/microneedling\/$/);
	await expect(page.locator('h1')).toHaveText('Micropunción');
});

test('alias redirects are not listed in the sitemap', () => {
	const paths = sitemapPaths();
	expect(paths).toContain('/glossary/microneedling/');
	expect(paths).not.toContain('/glossary/cit/');
	expect(paths).toContain('/es/glosario/microneedling/');
	expect(paths).not.toContain('/es/glosario/micropuncion/');
});

test('the first mention of a term links to its entry; the alias keeps its words', async ({ page }) => {
	await page.goto('/faq/safety/');
	const links = page.locator('article .term-link');
	const terms = await page.locator('article .term').evaluateAll((spans) => spans.map((span) => span.getAttribute('data-term')));
	expect(terms.length).toBeGreaterThan(5);
	expect(new Set(terms).size, 'one link per term per page').toBe(terms.length);
	await expect(links.first()).toHaveAttribute('href', /^\/glossary\/[a-z-]+\/$/);
	// "redness" is an alias of erythema: the text keeps the reader's word, the link goes to the entry.
	await page.goto('/side-effects/');
	const alias = page.locator('article .term-link', { hasText: /^redness$/i });
	await expect(alias).toHaveCount(1);
	await expect(alias).toHaveAttribute('href', '/glossary/erythema/');
});

test('terms are never linked inside headings, or on their own glossary page', async ({ page }) => {
	for (const path of ['/procedure/', '/side-effects/', '/faq/basics/', '/aftercare/', '/glossary/microneedling/']) {
		await page.goto(path);
		await expect(page.locator(':is(h1, h2, h3, h4) .term-link'), path).toHaveCount(0);
		await expect(page.locator('a .term-link, code .term-link'), path).toHaveCount(0);
	}
	await page.goto('/glossary/microneedling/');
	await expect(page.locator('article .term[data-term="microneedling"]')).toHaveCount(0);
	await expect(page.locator('article .term').first()).toBeAttached();
});

test('a term link shows its definition on keyboard focus and on hover, and describes the link', async ({ page }) => {
	await page.goto('/procedure/');
	const term = page.locator('article .term').first();
	const id = (await term.getAttribute('data-term'))!;
	const link = term.locator('.term-link');
	const tip = term.locator('.term-tip');
	await expect(tip).toBeHidden();
	await expect(link).toHaveAccessibleDescription(tooltipOf(id));
	await link.focus();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	await expect(link).toBeFocused();
	await expect(tip).toBeVisible();
	await expect(tip).toHaveText(tooltipOf(id));
	await page.mouse.click(1, 1);
	await expect(tip).toBeHidden();
	await link.hover();
	await expect(tip).toBeVisible();
});

test('each term page lists the pages that use it, and every page links terms at most once', async ({ page }) => {
	const paths = sitemapPaths();
	test.setTimeout(timeForPages(paths.length, 2_000, 30_000));
	await page.goto('/glossary/erythema/');
	const used = page.getByRole('region', { name: 'Pages that use this term' });
	await expect(used.locator('a[href="/side-effects/"]')).toBeVisible();
	await expect(used.locator('a[href="/faq/safety/"]')).toBeVisible();
	for (const path of paths) {
		await page.goto(path);
		const terms = await page.locator('.term').evaluateAll((spans) => spans.map((span) => span.getAttribute('data-term')));
		expect(new Set(terms).size, `${path} links a term twice`).toBe(terms.length);
	}
});

test('the glossary lists other names, and its DefinedTermSet points to each entry', async ({ page }) => {
	await page.goto('/glossary/');
	await expect(page.getByText(/Also called: collagen induction therapy/).first()).toBeVisible();
	const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
	const set = blocks
		.map((text) => JSON.parse(text))
		.flat()
		.find((item) => item['@type'] === 'DefinedTermSet');
	expect(set.hasDefinedTerm.map((term: { url: string }) => new URL(term.url).pathname).sort()).toEqual(
		vocabulary.map((term) => `/glossary/${term.id}/`).sort(),
	);
});

test('Escape hides a term’s tooltip without moving focus, and it shows again on the next visit', async ({ page }) => {
	await page.goto('/side-effects/');
	const term = page.locator('article .term').first();
	const link = term.locator('.term-link');
	const tip = term.locator('.term-tip');
	await link.focus();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	await expect(tip).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(tip).toBeHidden();
	await expect(link).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	await expect(tip).toBeVisible();
	await link.hover();
	await page.keyboard.press('Escape');
	await expect(tip).toBeHidden();
});
