/**
 * "Is this normal?" on /side-effects/: a plain table of signs by day that works without
 * JavaScript, each answer taken from the content (expected on the sign's expected days, else its
 * warning sign's urgency) and linked to a place on the page that explains it; with JavaScript,
 * the menus load their code on first use, show only the chosen row and day, and say the answer.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';
import { collectErrors } from './fixtures/site';

const read = (file: string) =>
	parse(readFileSync(new URL(`../content/${file}`, import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
const signs = read('is-this-normal.yaml');
const warningSigns = read('warning-signs.yaml');
/** The table's days, in order, as the schema lists them. */
const days = ['day-0-1', 'day-2-3', 'day-4-7', 'after-week'];

/** The answer the content gives for a sign on a day: `expected` or an urgency level. */
function expectedAnswer(id: string, day: string): string {
	const sign = signs[id]!;
	const through = sign.expectedThrough ? days.indexOf(sign.expectedThrough) : -1;
	return days.indexOf(day) <= through ? 'expected' : warningSigns[sign.otherwise!]!.urgency!;
}

/** An answer's label, as the table's key shows it. */
const labelOf = (page: Page, answer: string) => page.locator(`[data-is-this-normal] dt[data-answer="${answer}"]`).innerText();

const table = (page: Page) => page.locator('[data-is-this-normal] table');

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the whole table shows, every answer from the content, every link landing on the page', async ({ page }) => {
		await page.goto('/side-effects/');
		await expect(page.locator('[data-is-this-normal] form')).toBeHidden();
		await expect(table(page).locator('thead th[data-day]')).toHaveCount(days.length);
		for (const [index, day] of days.entries())
			await expect(table(page).locator('thead th[data-day]').nth(index)).toHaveAttribute('data-day', day);
		const rows = table(page).locator('tbody tr');
		await expect(rows).toHaveCount(Object.keys(signs).length);
		for (const [id, sign] of Object.entries(signs)) {
			const row = table(page).locator(`tr[data-sign="${id}"]`);
			await expect(row.locator('th')).toHaveText(sign.sign!);
			for (const day of days) {
				const answer = expectedAnswer(id, day);
				await expect(row.locator(`td[data-day="${day}"]`), `${id} on ${day}`).toHaveAttribute('data-answer', answer);
				const link = row.locator(`td[data-day="${day}"] a`);
				await expect(link, `${id} on ${day}`).toHaveText(await labelOf(page, answer));
				const target = (await link.getAttribute('href'))!.slice(1);
				await expect(page.locator(`[id="${target}"]`), `${id} links to #${target}`).toHaveCount(1);
			}
		}
	});
});

test('choosing a day and a sign shows only that answer, loading the code on first use', async ({ page }) => {
	const errors = collectErrors(page);
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await page.goto('/side-effects/');
	const form = page.locator('[data-is-this-normal] form');
	await expect(form).toBeVisible();
	expect(scripts).toEqual([]);

	const loaded = page.waitForResponse((response) => response.url().endsWith('/client/is-this-normal.js'));
	await form.getByLabel('Sign').selectOption({ label: signs.fever!.sign! });
	await loaded;
	const status = page.locator('[data-normal-status]');
	await expect(status).toHaveText(`Showing ${signs.fever!.sign}, every day.`);
	await expect(table(page).locator('tbody tr:visible')).toHaveCount(1);

	const dayLabel = await table(page).locator('thead th[data-day="day-2-3"]').innerText();
	await form.getByLabel('Day since treatment').selectOption({ label: dayLabel });
	await expect(status).toHaveText(`${signs.fever!.sign}, ${dayLabel}: ${await labelOf(page, expectedAnswer('fever', 'day-2-3'))}.`);
	await expect(table(page).locator('tbody td:visible')).toHaveCount(1);
	await expect(table(page).locator('thead th:visible')).toHaveText(['Sign', dayLabel]);

	await form.getByLabel('Sign').selectOption({ label: 'Every sign' });
	await expect(table(page).locator('tbody tr:visible')).toHaveCount(Object.keys(signs).length);
	await expect(table(page).locator('tbody tr:visible td:visible')).toHaveCount(Object.keys(signs).length);
	expect(errors).toEqual([]);
});

test('a forged menu value is treated as "every", and its text is never run', async ({ page }) => {
	const errors = collectErrors(page);
	let dialogs = 0;
	page.on('dialog', (dialog) => {
		dialogs += 1;
		void dialog.dismiss();
	});
	await page.goto('/side-effects/');
	const hostile = '"><img src=x onerror=alert(1)>';
	const sign = page.locator('[data-is-this-normal] select[name="sign"]');
	await sign.evaluate((select, value) => {
		const option = document.createElement('option');
		option.value = value;
		option.textContent = value;
		select.append(option);
	}, hostile);
	await sign.selectOption(hostile);
	await expect(page.locator('[data-normal-status]')).toHaveText('Showing every sign, every day.');
	await expect(table(page).locator('tbody tr:visible')).toHaveCount(Object.keys(signs).length);
	await expect(page.locator('[data-is-this-normal] img')).toHaveCount(0);
	expect(dialogs).toBe(0);
	expect(errors).toEqual([]);
});
