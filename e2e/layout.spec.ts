import { expect, test } from '@playwright/test';
import { type Lang, languages } from '../src/i18n/languages';
import { localizePath } from '../src/i18n/routes';
import { sections } from '../src/site/sections';
import { expectNoAxeViolations, timeForPages } from './fixtures/site';

/** The pages at their English addresses, in every language: Spanish words are longer, and must fit too. */
const inEveryLanguage = (paths: string[]) =>
	(Object.keys(languages) as Lang[]).flatMap((lang) => paths.map((path) => localizePath(path, lang)));

test.describe('on a 320 px wide phone', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('no page scrolls sideways', async ({ page }) => {
		const paths = inEveryLanguage(['/', ...sections.map((section) => section.path), '/glossary/microneedling/']);
		test.setTimeout(timeForPages(paths.length, 2_000, 30_000));
		for (const path of paths) {
			await page.goto(path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});
});

test.describe('in dark mode', () => {
	test.use({ colorScheme: 'dark' });

	test('pages switch to a dark background and keep their contrast', async ({ page }) => {
		const paths = inEveryLanguage(['/', '/procedure/', '/side-effects/', '/aftercare/']);
		test.setTimeout(timeForPages(paths.length, 10_000, 30_000));
		for (const path of paths) {
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
