import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, test } from '@playwright/test';
import {
	formatReadabilityReport,
	gradeLimits,
	gradePage,
	infleszLimits,
	type PageGrade,
	readabilityReport,
} from '../src/prose/readability-report';
import { sitemapPaths } from './fixtures/site';

/**
 * Everything a reader sees in `<main>` is held to US grade 8 or lower (the NHS aims for a
 * reading age of 9–11, MedlinePlus for grade 6–7): the article, lists, link texts, tables,
 * headings and the page's own labels, each block its own sentence. `gradePage` says what is
 * left out and why (hidden text, glossary tooltips, the sources' own titles, code). A page whose
 * `<html lang>` is Spanish is held instead to a Flesch–Szigriszt index of 55 or higher, with a
 * median of 65 or higher (INFLESZ "normal" and "bastante fácil").
 * `npm run grade` prints the same report from `dist/` with the same function; both write
 * test-results/readability.json.
 */
const paths = sitemapPaths();

test('the grades cover every content page: the sections, /for-clinics/, the printed sheet and each aftercare phase', () => {
	const phases = readdirSync('content/aftercare')
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => `/aftercare/${basename(name, '.yaml')}/`);
	expect(phases.length).toBeGreaterThan(0);
	for (const path of [
		'/',
		'/faq/',
		'/faq/safety/',
		'/glossary/microneedling/',
		'/for-clinics/',
		'/aftercare/',
		'/aftercare/print/',
		...phases,
	]) {
		expect(paths).toContain(path);
	}
});

test(`every page reads at grade ${gradeLimits.page} or lower, with a median of ${gradeLimits.median} or lower; in Spanish at ${infleszLimits.page} or higher, with a median of ${infleszLimits.median} or higher`, async ({
	request,
}) => {
	test.setTimeout(120_000);
	const grades: PageGrade[] = [];
	for (const path of paths) {
		// The page as served: the grade is over its HTML, so no rendering is needed.
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		grades.push(gradePage(path, await response.text()));
	}
	const report = readabilityReport(grades);
	console.log(formatReadabilityReport(report));
	mkdirSync('test-results', { recursive: true });
	writeFileSync('test-results/readability.json', `${JSON.stringify(report, null, 2)}\n`);
	expect(report.english.pastLimit.map(({ path, grade }) => ({ path, grade }))).toEqual([]);
	expect(report.english.median).toBeLessThanOrEqual(gradeLimits.median);
	expect(report.spanish.pastLimit.map(({ path, grade }) => ({ path, grade }))).toEqual([]);
	expect(report.spanish.passes, `the median Spanish page is at ${infleszLimits.median} or higher`).toBe(true);
});
