import { expect, test } from '@playwright/test';
import { readingGrade } from '../src/lib/content/readability';
import { sitemapPaths } from './fixtures/site';

/**
 * Body text is held to US grade 8 or lower (the NHS aims for a reading age of 9–11,
 * MedlinePlus for grade 6–7). Measured on what readers see: the page's article, without the
 * review dates and the source lists (`data-citations`), which are citations rather than prose.
 */
test('every page reads at grade 8 or lower, with a median of 7 or lower', async ({ page }) => {
	test.setTimeout(120_000);
	const grades: { path: string; grade: number }[] = [];
	for (const path of sitemapPaths()) {
		await page.goto(path);
		// Removed from the live page, not a detached copy: innerText needs layout to keep line breaks.
		const text = await page.locator('main article').evaluate((article: HTMLElement) => {
			for (const node of article.querySelectorAll('.review-dates, [data-citations], svg, nav')) node.remove();
			return article.innerText;
		});
		grades.push({ path, grade: readingGrade(text) });
	}
	const sorted = grades.map((entry) => entry.grade).sort((a, b) => a - b);
	const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
	console.log(`Reading grades: median ${median}; ${grades.map((entry) => `${entry.path} ${entry.grade}`).join(', ')}`);
	expect(grades.filter((entry) => entry.grade > 8)).toEqual([]);
	expect(median).toBeLessThanOrEqual(7);
});
