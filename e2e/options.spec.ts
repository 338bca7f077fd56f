/**
 * /options/: every choice in content/options/, not having treatment among them, is in the table
 * with its downtime, evidence and sessions and a link to its own section; the chart says in
 * words what it shows for each; and the page works on a 360 px phone and passes axe.
 */
import { expect, test } from '@playwright/test';
import { readRawEntries } from '../src/model/files';
import { expectNoAxeViolations } from './fixtures/site';

const options = readRawEntries('options')
	.map(({ id, data }) => ({ id, title: String(data.title), kind: String(data.kind), order: Number(data.order) }))
	.sort((a, b) => a.order - b.order);

test('the content has every kind of choice, not having treatment among them', () => {
	expect(options.length).toBeGreaterThanOrEqual(8);
	expect(options.filter((option) => option.kind === 'none').length).toBeGreaterThanOrEqual(1);
});

test('the table lists every option with its downtime, evidence and sessions, and links to its section', async ({ page }) => {
	await page.goto('/options/');
	const table = page.getByRole('table', { name: 'Each option’s downtime, strength of evidence and number of sessions' });
	await expect(table.locator('tbody tr')).toHaveCount(options.length);
	for (const option of options) {
		const row = table.locator(`tr[data-option="${option.id}"]`);
		await expect(row.getByRole('rowheader')).toHaveText(option.title);
		for (const field of ['downtime', 'evidence', 'sessions']) {
			await expect(row.locator(`[data-field="${field}"]`), `${option.id} ${field}`).toHaveText(/\w{3,}/);
		}
		if (option.kind === 'none') await expect(row.locator('[data-field="evidence"]')).toHaveText('Does not apply');
		await row.getByRole('link', { name: option.title }).click();
		await expect(page).toHaveURL(`/options/#${option.id}`);
		const section = page.getByRole('region', { name: option.title, exact: true });
		await expect(section.getByRole('heading', { level: 2 })).toBeInViewport();
	}
});

test('the chart has a name, a caption and a text version that names every option', async ({ page }) => {
	await page.goto('/options/');
	const chart = page.getByRole('img', { name: 'Chart of the options by downtime and strength of evidence' });
	await expect(chart).toBeVisible();
	await expect(chart.locator('circle.dot')).toHaveCount(options.length);
	await expect(page.getByRole('figure', { name: /by its downtime and by the strength of the evidence/ })).toBeVisible();
	const words = page.getByRole('list', { name: 'The chart in words:' }).getByRole('listitem');
	await expect(words).toHaveText(options.map((option) => new RegExp(`^${option.title}: .*downtime, .+\\.$`)));
});

test('the section of not having treatment says what happens and has no evidence level', async ({ page }) => {
	await page.goto('/options/');
	for (const option of options.filter((candidate) => candidate.kind === 'none')) {
		const section = page.getByRole('region', { name: option.title, exact: true });
		await expect(section).toContainText('What happens if you wait');
		await expect(section).toContainText('Evidence: Does not apply.');
		await expect(section.getByText(/^Evidence: (Moderate|Some|Little) evidence$/)).toHaveCount(0);
	}
});

test.describe('on a 360 px wide phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the page does not scroll sideways; the table scrolls in its own labelled, focusable box', async ({ page }) => {
		await page.goto('/options/');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		const box = page.getByRole('region', { name: 'Each option’s downtime, strength of evidence and number of sessions' });
		expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
		await box.focus();
		await expect(box).toBeFocused();
		for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight');
		await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
		await expectNoAxeViolations(page);
	});
});

test.describe('in dark mode', () => {
	test.use({ colorScheme: 'dark' });

	test('the page, its table and its chart keep their contrast', async ({ page }) => {
		await page.goto('/options/');
		await expectNoAxeViolations(page);
	});
});
