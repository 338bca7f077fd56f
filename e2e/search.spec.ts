import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './fixtures/site';
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

test.describe('every name of a term finds the same pages, in the same order', () => {
	const matrix = [
		['microneedling', 'CIT', 'collagen induction therapy', 'micro-needling', 'skin needling'],
		['derma roller', 'derma rolling', 'dermaroller'],
		['erythema', 'redness'],
	];

	for (const [canonical, ...others] of matrix) {
		test(`${canonical} = ${others.join(' = ')}`, async ({ page }) => {
			await openSearch(page, canonical!);
			const expected = await allResultPaths(page);
			expect(expected.length).toBeGreaterThan(2);
			for (const name of others) {
				await openSearch(page, name);
				expect(await allResultPaths(page), name).toEqual(expected);
			}
		});
	}
});

test('results come five at a time; Show more results adds the next and moves focus to them', async ({ page }) => {
	await openSearch(page, 'skin');
	await expect(resultLinks(page)).toHaveCount(5);
	await expect(searchStatus(page)).toHaveText(/^\d+ results for “skin”\. Showing the first 5\.$/);
	const total = Number((await searchStatus(page).textContent())?.match(/^\d+/)?.[0]);
	expect(total).toBeGreaterThan(10);
	await moreButton(page).focus();
	await page.keyboard.press('Enter');
	await expect(resultLinks(page)).toHaveCount(10);
	await expect(resultLinks(page).nth(5)).toBeFocused();
	await expect(searchStatus(page)).toHaveText(`${total} results for “skin”. Showing the first 10.`);
	expect(await allResultPaths(page)).toHaveLength(total);
	await expect(moreButton(page)).toBeHidden();
});

test('a side effect lands on its own section of the side effects page first', async ({ page }) => {
	for (const query of ['redness', 'swelling']) {
		await openSearch(page, query);
		await expect(resultLinks(page).first(), query).toHaveAttribute('href', `/side-effects/#${query}`);
	}
});

test('a query that names a term opens with its definition, linked to the glossary', async ({ page }) => {
	await openSearch(page, 'CIT');
	const card = page.getByRole('region', { name: 'Microneedling' });
	await expect(card).toBeVisible();
	await expect(card).toContainText('tiny holes in the skin');
	await expect(card.getByRole('link', { name: 'Microneedling in the glossary' })).toHaveAttribute('href', '/glossary/microneedling/');
	// The card stands for the glossary entry, so the list does not repeat it.
	expect(await resultPaths(page)).not.toContain('/glossary/microneedling/');
});

test('results show a title, a section and an excerpt with the match marked, and a count', async ({ page }) => {
	await openSearch(page, 'swelling');
	await expect(searchStatus(page)).toHaveText(/^\d+ results? for “swelling”/);
	await expect(searchStatus(page)).toHaveAttribute('role', 'status');
	const first = page.locator('[data-search-list] li').first();
	await expect(first.getByRole('heading', { level: 3 })).toHaveText('Swelling — Side effects and risks of microneedling');
	await expect(first.locator('p').first()).toHaveText('Side effects');
	await expect(first.locator('mark').first()).toHaveText(/swelling/i);
});

test('the section filter narrows the results and goes into the address', async ({ page }) => {
	await openSearch(page, 'redness');
	const firstShown = await resultPaths(page);
	// Only the first results are listed at once, so compare against every result.
	const all = await allResultPaths(page);
	await page.getByRole('radio', { name: /^FAQ/ }).check();
	await expect(page).toHaveURL('/search/?q=redness&section=FAQ');
	await expect(searchStatus(page)).toHaveText(/for “redness” in FAQ$/);
	const faq = await allResultPaths(page);
	expect(faq.length).toBeGreaterThan(0);
	expect(faq.length).toBeLessThan(all.length);
	expect(
		faq.every((path) => path.startsWith('/faq/') && path !== '/faq/'),
		faq.join(', '),
	).toBe(true);
	expect(all).toEqual(expect.arrayContaining(faq));
	await page.goBack();
	await expect(page.getByRole('radio', { name: /^All sections/ })).toBeChecked();
	await expect.poll(() => resultPaths(page)).toEqual(firstShown);
});

test('the keyboard alone can search from any page and open a result', async ({ page }) => {
	await page.goto('/aftercare/');
	await page.keyboard.press('/');
	const box = page.getByRole('search').getByRole('searchbox', { name: 'Search the guide' });
	await expect(box).toBeFocused();
	await page.keyboard.type('swelling');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/search/?q=swelling');
	await expectSearchSettled(page, 'swelling');
	await tabToAndOpen(page, resultLinks(page).first());
});

test('/ does not leave a field the reader is typing in', async ({ page }) => {
	await page.goto('/search/');
	const box = page.getByRole('searchbox', { name: 'Search the guide' });
	await box.focus();
	await page.keyboard.type('a/b');
	await expect(box).toHaveValue('a/b');
});

test('Escape clears the search box and the results', async ({ page }) => {
	await page.goto('/faq/');
	await page.keyboard.press('/');
	await page.keyboard.type('aftercare');
	await page.keyboard.press('Escape');
	await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toHaveValue('');

	await openSearch(page, 'CIT');
	const box = page.getByRole('searchbox', { name: 'Search the guide' });
	await box.focus();
	await page.keyboard.press('Escape');
	await expect(box).toHaveValue('');
	await expect(resultLinks(page)).toHaveCount(0);
	await expect(page.locator('[data-search-definitions] section')).toHaveCount(0);
	await expect(searchStatus(page)).toHaveText('');
	await expect(page).toHaveURL('/search/');
});

test('the address follows typing, and Back and Forward bring searches back', async ({ page }) => {
	await page.goto('/search/');
	const box = page.getByRole('searchbox', { name: 'Search the guide' });
	await box.pressSequentially('CIT');
	await expectSearchSettled(page, 'CIT');
	await expect(page).toHaveURL('/search/?q=CIT');
	await box.press('Enter');
	const cit = await resultPaths(page);

	await box.fill('swelling');
	await expectSearchSettled(page, 'swelling');
	await expect(page).toHaveURL('/search/?q=swelling');
	const swelling = await resultPaths(page);
	expect(swelling).not.toEqual(cit);

	await page.goBack();
	await expect(page).toHaveURL('/search/?q=CIT');
	await expect(box).toHaveValue('CIT');
	await expectSearchSettled(page, 'CIT');
	expect(await resultPaths(page)).toEqual(cit);

	await page.goBack();
	await expect(page).toHaveURL('/search/');
	await expect(box).toHaveValue('');
	await expect(resultLinks(page)).toHaveCount(0);

	await page.goForward();
	await page.goForward();
	await expect(page).toHaveURL('/search/?q=swelling');
	await expect(box).toHaveValue('swelling');
	await expectSearchSettled(page, 'swelling');
	expect(await resultPaths(page)).toEqual(swelling);
});

test('a hostile query is shown as text and never runs', async ({ page }) => {
	const errors = collectErrors(page);
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	for (const query of ['<img src=x onerror="window.__pwned=1;alert(1)">', '"><script>window.__pwned=1</script>']) {
		await openSearch(page, query);
		await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toHaveValue(query);
		await expect(searchStatus(page)).toContainText(query);
		await expect(page.locator('main img, main script:not([type])')).toHaveCount(0);
		expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
	}
	expect(dialogs).toEqual([]);
	expect(errors).toEqual([]);
});

test('Pagefind loads only when a search starts', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname.startsWith('/pagefind/')) fetched.push(request.url());
	});
	await page.goto('/side-effects/', { waitUntil: 'networkidle' });
	await page.keyboard.press('/');
	await page.keyboard.type('red');
	await page.goto('/search/', { waitUntil: 'networkidle' });
	expect(fetched).toEqual([]);

	await page.getByRole('searchbox', { name: 'Search the guide' }).focus();
	await expect.poll(() => fetched.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test.describe('the search page with results and a definition has no axe violations', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`in ${colorScheme} mode`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await openSearch(page, 'CIT');
			await expect(page.locator('[data-search-definitions] section')).toHaveCount(1);
			await expect(page.getByRole('radio', { name: /^All sections/ })).toBeVisible();
			await expectNoAxeViolations(page);
		});
	}
});

test.describe('on a 320 px wide phone', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('the search page and its results do not scroll sideways', async ({ page }) => {
		await openSearch(page, 'collagen induction therapy');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
