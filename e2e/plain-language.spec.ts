import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, test } from '@playwright/test';
import { readingGrade } from '../src/lib/content/readability';
import { articleText, formatReadabilityReport, gradeLimits, type PageGrade, readabilityReport } from '../src/lib/content/readability-report';
import { sitemapPaths } from './fixtures/site';

/**
 * Body text is held to US grade 8 or lower (the NHS aims for a reading age of 9–11,
 * MedlinePlus for grade 6–7). Measured on what readers see: the page's article, without the
 * review dates and the source lists (`data-citations`), which are citations rather than prose.
 * `npm run grade` prints the same report from `dist/`; both write test-results/readability.json.
 */
const paths = sitemapPaths();

test('the grades cover every content page: the sections, /for-clinics/, the printed sheet and each aftercare phase', () => {
	const phases = readdirSync('content/aftercare')
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => `/aftercare/${basename(name, '.yaml')}/`);
	expect(phases.length).toBeGreaterThan(0);
	for (const path of ['/', '/faq/', '/faq/safety/', '/glossary/microneedling/', '/for-clinics/', '/aftercare/', '/aftercare/print/', ...phases]) {
		expect(paths).toContain(path);
	}
});

test(`every page reads at grade ${gradeLimits.page} or lower, with a median of ${gradeLimits.median} or lower`, async ({ page }) => {
	test.setTimeout(120_000);
	const grades: PageGrade[] = [];
	for (const path of paths) {
		await page.goto(path);
		const text = await page.locator('main article').evaluate(articleText);
		grades.push({ path, grade: readingGrade(text) });
	}
	const report = readabilityReport(grades);
	console.log(formatReadabilityReport(report));
	mkdirSync('test-results', { recursive: true });
	writeFileSync('test-results/readability.json', `${JSON.stringify(report, null, 2)}\n`);
	expect(report.overLimit).toEqual([]);
	expect(report.median).toBeLessThanOrEqual(gradeLimits.median);
});
