import { expect, test } from '@playwright/test';
import { sections } from '../src/site/sections';

test('the home page links to every section, and each link lands on that section', async ({ page }) => {
	for (const section of sections) {
		await page.goto('/');
		await page.getByRole('main').getByRole('link', { name: section.label, exact: true }).click();
		await expect(page).toHaveURL(section.path);
		await expect(page.locator('h1')).toHaveCount(1);
	}
});

test('the header marks the current section and breadcrumbs lead home', async ({ page }) => {
	await page.goto('/glossary/collagen/');
	await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' })).toHaveAttribute(
		'aria-current',
		'page',
	);
	const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
	await expect(crumbs.getByRole('link')).toHaveText(['Home', 'Glossary', 'Collagen']);
	await crumbs.getByRole('link', { name: 'Home' }).click();
	await expect(page).toHaveURL('/');
});

test('the skip link is the first stop for the keyboard and moves focus to the main content', async ({ page }) => {
	await page.goto('/faq/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('the FAQ lists every question by topic, and each leads to its answer on the topic’s page', async ({ page }) => {
	await page.goto('/faq/');
	const questions = page.locator('main li[id]');
	expect(await questions.count()).toBeGreaterThanOrEqual(20);
	expect(await page.locator('main section[aria-labelledby^="topic-"]').count()).toBeGreaterThanOrEqual(5);
	// Each question on the index has its answer in a sentence and a link to the full answer.
	for (const question of await questions.all()) {
		const id = await question.getAttribute('id');
		await expect(question.getByRole('link')).toHaveAttribute('href', new RegExp(`^/faq/[a-z]+/#${id}$`));
		await expect(question.locator('p')).toHaveText(/\w.{40,}/);
	}
	// A link from before the FAQ had a page per topic still lands on its question.
	await page.goto('/faq/#same-procedure');
	await expect(page.locator('#same-procedure')).toBeInViewport();
	await page.locator('#same-procedure').getByRole('link').click();
	await expect(page).toHaveURL('/faq/basics/#same-procedure');
	await expect(page.locator('#same-procedure')).toBeInViewport();
	await expect(page.getByRole('region', { name: 'Are microneedling and collagen induction therapy the same thing?' })).toContainText(
		'collagen induction therapy',
	);
	const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
	await expect(crumbs.getByRole('link')).toHaveText(['Home', 'Microneedling questions and answers', 'The basics: questions and answers']);
});
