/**
 * The decision sheet a reader takes to a consultation: linked from the procedure, options and
 * FAQ pages; its questions are the FAQ's own answer, rendered from the same entry; on paper it
 * fits on one A4 or Letter page in type of 10pt or more, with a line to write on under each
 * question; its choices are plain form fields that work without JavaScript. The Spanish sheet
 * prints the same way.
 */
import { expect, test } from '@playwright/test';
import { localizePath } from '../src/i18n/routes';
import { pdfPages, smallestText } from './fixtures/print';

const sheet = '/decision-sheet/';

for (const path of ['/procedure/', '/options/', '/faq/']) {
	test(`${path} links to the decision sheet`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator(`main a[href="${sheet}"]`).first()).toBeVisible();
	});
}

test('the questions are the FAQ answer, word for word', async ({ page }) => {
	await page.goto('/faq/choices/');
	const faqQuestions = await page.locator('section[aria-labelledby="consultation-questions"] .prose li').allInnerTexts();
	expect(faqQuestions.length).toBeGreaterThan(3);
	await page.goto(sheet);
	await expect(page.locator('.decision-questions li')).toHaveText(faqQuestions);
});

test.describe('printed', () => {
	for (const path of [sheet, localizePath(sheet, 'es')]) {
		test(`${path} fits on one A4 and one Letter page, in type of 10pt or more, with a line under each question`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('aside.disclaimer')).toBeVisible();
			await page.emulateMedia({ media: 'print' });
			for (const format of ['A4', 'Letter'] as const) expect(await pdfPages(page, format), format).toBe(1);
			// 10pt is 13.33 CSS pixels.
			expect(await smallestText(page)).toBeGreaterThanOrEqual(13.3);
			const lines = await page
				.locator('.decision-questions li')
				.evaluateAll((items) => items.map((item) => getComputedStyle(item, '::after').borderBottomStyle));
			expect(lines.length).toBeGreaterThan(0);
			expect(new Set(lines)).toEqual(new Set(['solid']));
			// The disclaimer is found by its class, not its name, so it is hidden in every language.
			for (const selector of ['aside.disclaimer', 'body > header', 'body > footer', '[data-print-button]'])
				await expect(page.locator(selector), selector).toBeHidden();
		});
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the choices can be marked and the notes typed', async ({ page }) => {
		await page.goto(sheet);
		await page.getByRole('group', { name: /^Cost/ }).getByLabel('A lot').check();
		await expect(page.getByRole('group', { name: /^Cost/ }).getByLabel('A lot')).toBeChecked();
		await page.getByLabel('Wait, or do nothing for now').check();
		await page.getByLabel('Why, and what happens next').fill('Talk to my doctor first.');
		await expect(page.getByLabel('Why, and what happens next')).toHaveValue('Talk to my doctor first.');
	});
});
