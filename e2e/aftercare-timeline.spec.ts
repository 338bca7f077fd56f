/**
 * The aftercare time line on /aftercare/: one image with a short description, a point for each
 * phase with its title and summary from the content, in page order, and the same words as the
 * phase's own section below (its text equivalent). It is for the screen: it does not print.
 */
import { expect, test } from '@playwright/test';
import { readRawEntries } from '../src/model/files';
import { expectNoAxeViolations } from './fixtures/site';

const phases = readRawEntries('aftercare')
	.map(({ id, data }) => ({ id, order: Number(data.order), title: String(data.title), summary: String(data.summary) }))
	.sort((a, b) => a.order - b.order);

test('draws each phase in order with its title and summary, as one described image', async ({ page }) => {
	await page.goto('/aftercare/');
	const picture = page.getByRole('img', { name: 'Time line of aftercare', exact: true });
	await expect(picture).toBeVisible();
	await expect(picture).toHaveAccessibleDescription(
		/a point for each part of aftercare, from before your appointment to after the first week/,
	);
	expect(phases.length).toBeGreaterThan(3);
	await expect(picture.locator('circle')).toHaveCount(phases.length);
	const drawn = await picture.locator('text').evaluateAll((texts) =>
		texts.map((text) => ({
			title: text.firstChild?.textContent?.trim() ?? '',
			summary: [...text.querySelectorAll('tspan')].map((line) => line.textContent?.trim()).join(' '),
		})),
	);
	expect(drawn).toEqual(phases.map(({ title, summary }) => ({ title, summary })));
	// The text equivalent: each phase's section says the same.
	for (const phase of phases) {
		const section = page.locator(`section[id="${phase.id}"]`);
		await expect(section.getByRole('heading', { level: 2 })).toHaveText(phase.title);
		await expect(section.locator('.aftercare-phase-summary')).toHaveText(phase.summary);
	}
	await expectNoAxeViolations(page);
});

test('is left off the printed sheet', async ({ page }) => {
	await page.goto('/aftercare/');
	const picture = page.getByRole('img', { name: 'Time line of aftercare', exact: true });
	await expect(picture).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(picture).toBeHidden();
});

test.describe('in dark mode', () => {
	test.use({ colorScheme: 'dark' });

	test('keeps its contrast', async ({ page }) => {
		await page.goto('/aftercare/');
		await expect(page.getByRole('img', { name: 'Time line of aftercare', exact: true })).toBeVisible();
		await expectNoAxeViolations(page);
	});
});
