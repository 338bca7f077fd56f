import { expect, test } from '@playwright/test';
import { sections } from '../src/site/sections';
import { expectNoAxeViolations } from './fixtures/site';

test.describe('on a 320 px wide phone', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('no page scrolls sideways', async ({ page }) => {
		for (const path of ['/', ...sections.map((section) => section.path), '/glossary/microneedling/']) {
			await page.goto(path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});
});

test.describe('in dark mode', () => {
	test.use({ colorScheme: 'dark' });

	test('pages switch to a dark background and keep their contrast', async ({ page }) => {
		for (const path of ['/', '/procedure/', '/side-effects/', '/aftercare/']) {
			await page.goto(path);
			const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			expect(background, path).not.toBe('rgb(255, 255, 255)');
			await expectNoAxeViolations(page);
		}
	});
});

test('keyboard focus is visible on links', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	const outline = await page.evaluate(() => {
		const style = getComputedStyle(document.activeElement as Element);
		return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
	});
	expect(outline.style).not.toBe('none');
	expect(outline.width).toBeGreaterThanOrEqual(2);
});
