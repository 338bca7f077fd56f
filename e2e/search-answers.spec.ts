/**
 * Search answers what readers type: a result opens at the part of a page that answers, a
 * question no page fully matches is relaxed to its telling words, brand and everyday names find
 * their terms, and a misspelling offers the words the reader may have meant.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/site';
import { expectSearchSettled, openSearch, resultLinks, searchStatus } from './fixtures/search';

test('a result opens at the question that answers, which gets focus and a visible highlight', async ({ page }) => {
	await openSearch(page, 'stay out of the sun after treatment');
	const heading = page.locator('[data-search-list] li h3').filter({ hasText: 'Do I need to stay out of the sun after treatment?' });
	await expect(heading).toHaveText('Do I need to stay out of the sun after treatment? — Aftercare: questions and answers');
	const answer = heading.getByRole('link', { name: 'Do I need to stay out of the sun after treatment?', exact: true });
	await answer.click();
	await expect(page).toHaveURL('/faq/aftercare/#sun-afterwards');
	const question = page.locator('[id="sun-afterwards"]');
	await expect(question).toBeFocused();
	await expect(question).toHaveCSS('outline-style', 'solid');
});

test('an aftercare step is a result of its own, titled by the step, and opens at it', async ({ page }) => {
	await openSearch(page, 'wide-brimmed hat');
	const step = resultLinks(page).first();
	await expect(step).toHaveAttribute('href', '/aftercare/#avoid-sun');
	await expect(step).toHaveText(/^Stay out of strong sun/);
	await step.click();
	await expect(page.locator('li[id="avoid-sun"]')).toBeFocused();
	await expect(page.locator('li[id="avoid-sun"]')).toHaveCSS('outline-style', 'solid');
	// On paper the sheet shows no outline.
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('li[id="avoid-sun"]')).toHaveCSS('outline-style', 'none');
});

test('an aftercare phase opens at its permanent id, the one staff send', async ({ page }) => {
	await openSearch(page, 'aftercare first 24 hours');
	await expect(resultLinks(page).first()).toHaveAttribute('href', '/aftercare/#first-24-hours');
});

test('a question no page fully matches lists the pages about its telling words, and says so', async ({ page }) => {
	await openSearch(page, 'how does elastin change after swimming');
	await expect(searchStatus(page)).toHaveText(
		/^\d+ results for “how does elastin change after swimming”\. Showing the first 5\. No page has all of these words\. Showing pages about: elastin, change, swimming\.$/,
	);
	await expect(page.getByRole('region', { name: 'Elastin' })).toBeVisible();
	const listed = await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
	expect(listed).toContain('/aftercare/#no-pools-or-saunas');
});

test('brand names and everyday words find their term, whose page never shows them as its names', async ({ page }) => {
	for (const [query, term] of [
		['Dermapen', 'Microneedling pen'],
		['sunscreen', 'Sun protection factor'],
		['cold sores', 'Herpes simplex'],
	] as const) {
		await openSearch(page, query);
		await expect(page.getByRole('region', { name: term }), query).toBeVisible();
	}
	await page.goto('/glossary/microneedling-pen/');
	await expect(page.locator('main')).not.toContainText(/dermapen|skinpen/i);
});

test('a misspelling offers the closest word; choosing it by keyboard searches for it', async ({ page }) => {
	await openSearch(page, 'colagen');
	await expect(searchStatus(page)).toHaveText('No results for “colagen”. Did you mean collagen?');
	await expect(resultLinks(page)).toHaveCount(0);
	await searchStatus(page).getByRole('link', { name: 'collagen' }).focus();
	await page.keyboard.press('Enter');
	await expectSearchSettled(page, 'collagen');
	await expect(page).toHaveURL('/search/?q=collagen');
	await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toHaveValue('collagen');
	await expect(resultLinks(page).first()).toBeVisible();
	await page.goBack();
	await expectSearchSettled(page, 'colagen');
});

test('each common misspelling is offered the word it misses', async ({ page }) => {
	for (const [typed, meant] of [
		['microneedeling', 'microneedling'],
		['colagen', 'collagen'],
		['dermaroler', 'derma roller'],
		['hyperpigmantation', 'hyperpigmentation'],
		['isotretinion', 'isotretinoin'],
	] as const) {
		await openSearch(page, typed);
		await expect(searchStatus(page).locator('[data-search-suggestions] a').first(), typed).toHaveText(meant);
	}
});

test('a misspelling inside a question is named, and the rest of the question still finds pages', async ({ page }) => {
	await openSearch(page, 'how long does redness last after microneedeling');
	await expect(searchStatus(page)).toContainText(
		'No page has “microneedeling”. Did you mean how long does redness last after microneedling?',
	);
	await expect(resultLinks(page).first()).toHaveAttribute('href', '/side-effects/#redness');
});

test('the status with a suggestion and a relaxed search has no axe violations', async ({ page }) => {
	await openSearch(page, 'elastin swiming');
	await expect(searchStatus(page)).toContainText('Did you mean');
	await expectNoAxeViolations(page);
});
