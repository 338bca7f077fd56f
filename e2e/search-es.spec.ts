/**
 * Search on the Spanish pages: the Spanish search page searches the Spanish index only, speaks
 * Spanish, and links to Spanish addresses; the header box of a Spanish page submits to it.
 */
import { expect, test } from '@playwright/test';
import { localizePath } from '../src/i18n/routes';
import {
	allResultPaths,
	expectSearchSettled,
	moreButton,
	openSearch,
	resultLinks,
	resultPaths,
	searchStatus,
	tabToAndOpen,
} from './fixtures/search';

const searchPath = localizePath('/search/', 'es');
const searchBox = 'Buscar en la guía';

test('every Spanish name of a term finds the same Spanish pages, in the same order', async ({ page }) => {
	// Five names, each listed in full a page of results at a time.
	test.setTimeout(60_000);
	const [first, ...others] = ['micropunción', 'TIC', 'terapia de inducción de colágeno', 'microneedling', 'micropuncion'];
	await openSearch(page, first!, searchPath);
	const expected = await allResultPaths(page);
	expect(expected.length).toBeGreaterThan(2);
	// Pagefind picks the index of the page's language: no English page is ever listed.
	expect(
		expected.filter((path) => !path.startsWith('/es/')),
		'results outside the Spanish pages',
	).toEqual([]);
	for (const name of others) {
		await openSearch(page, name, searchPath);
		expect(await allResultPaths(page), name).toEqual(expected);
	}
});

test('the count, the more button and a result speak Spanish', async ({ page }) => {
	await openSearch(page, 'piel', searchPath);
	await expect(searchStatus(page)).toHaveText(/^\d+ resultados para “piel”\. Se muestran los primeros 5\.$/);
	await expect(page.getByRole('button', { name: 'Mostrar más resultados' })).toBeVisible();
	await moreButton(page).click();
	await expect(searchStatus(page)).toHaveText(/^\d+ resultados para “piel”\. Se muestran los primeros 10\.$/);

	await openSearch(page, 'hinchazón', searchPath);
	await expect(resultLinks(page).first()).toHaveAttribute('href', '/es/efectos-secundarios/#swelling');
	await expect(page.locator('[data-search-list] li').first().locator('p').first()).toHaveText('Efectos secundarios');
});

test('a term opens with its Spanish definition, linked to the Spanish glossary', async ({ page }) => {
	await openSearch(page, 'TIC', searchPath);
	const card = page.getByRole('region', { name: 'Micropunción' });
	await expect(card).toContainText('Definición');
	await expect(card.getByRole('link', { name: 'Micropunción en el glosario' })).toHaveAttribute('href', '/es/glosario/microneedling/');
	expect(await resultPaths(page)).not.toContain('/es/glosario/microneedling/');
});

test('a misspelling offers Spanish words, each a search on the Spanish page', async ({ page }) => {
	await openSearch(page, 'enrojesimiento', searchPath);
	await expect(searchStatus(page)).toHaveText(/^No hay resultados para “enrojesimiento”\. ¿Quiso decir .+\?$/);
	const suggestion = page.locator('[data-search-suggestions] a').first();
	await expect(suggestion).toHaveText('enrojecimiento');
	await suggestion.click();
	await expect(page).toHaveURL(`${searchPath}?q=enrojecimiento`);
	await expectSearchSettled(page, 'enrojecimiento');
});

test('the section filter offers the Spanish sections and narrows to one', async ({ page }) => {
	await openSearch(page, 'enrojecimiento', searchPath);
	const all = await allResultPaths(page);
	await expect(page.getByRole('radio', { name: /^Todas las secciones/ })).toBeChecked();
	await page.getByRole('radio', { name: /^Preguntas/ }).check();
	await expect(page).toHaveURL(`${searchPath}?q=enrojecimiento&section=Preguntas`);
	await expect(searchStatus(page)).toHaveText(/para “enrojecimiento” en Preguntas$/);
	const faq = await allResultPaths(page);
	expect(faq.length).toBeGreaterThan(0);
	expect(faq.length).toBeLessThan(all.length);
	expect(
		faq.every((path) => path.startsWith('/es/preguntas/') && path !== '/es/preguntas/'),
		faq.join(', '),
	).toBe(true);
});

test('the keyboard alone searches from a Spanish page on the Spanish search page', async ({ page }) => {
	await page.goto(localizePath('/aftercare/', 'es'));
	await page.keyboard.press('/');
	const box = page.getByRole('search').getByRole('searchbox', { name: searchBox });
	await expect(box).toBeFocused();
	await page.keyboard.type('hinchazón');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(`${searchPath}?q=hinchaz%C3%B3n`);
	await expectSearchSettled(page, 'hinchazón');
	const first = resultLinks(page).first();
	expect(await first.getAttribute('href')).toMatch(/^\/es\//);
	await tabToAndOpen(page, first);
});

test('when Pagefind cannot load, the page says so in Spanish', async ({ page }) => {
	await page.route('**/pagefind/pagefind.js', (route) => route.abort());
	await page.goto(`${searchPath}?q=piel`);
	await expect(searchStatus(page)).toHaveText('No se pudo cargar la búsqueda. Revise su conexión e intente de nuevo.');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the header box of a Spanish page submits to the Spanish search page', async ({ page }) => {
		await page.goto(localizePath('/benefits/', 'es'));
		const box = page.getByRole('search').getByRole('searchbox', { name: searchBox });
		await box.fill('enrojecimiento');
		await box.press('Enter');
		await expect(page).toHaveURL(`${searchPath}?q=enrojecimiento`);
		await expect(page.locator('h1')).toHaveText('Buscar');
	});

	test('the Spanish search page says in Spanish that search needs JavaScript, and offers the Spanish topics', async ({ page }) => {
		await page.goto(`${searchPath}?q=enrojecimiento`);
		await expect(page.locator('[data-search-no-script]')).toBeVisible();
		await expect(page.locator('[data-search-no-script]')).toContainText('La búsqueda necesita JavaScript');
		const topics = page.getByRole('region', { name: 'Explorar por tema' });
		await expect(topics.getByRole('link', { name: 'Glosario de la A a la Z' })).toHaveAttribute('href', localizePath('/glossary/', 'es'));
		await expect(topics.getByRole('link', { name: 'Efectos secundarios', exact: true })).toHaveAttribute(
			'href',
			localizePath('/side-effects/', 'es'),
		);
	});
});
