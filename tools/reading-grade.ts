/**
 * Reading grades, for writers.
 *
 * - `npm run grade` (after `npm run build`): the report of `e2e/plain-language.spec.ts` from the
 *   built site. Every page in the sitemap is graded over all the text of its `<main>` (lists,
 *   link texts, tables, headings…; see `gradePage`), from the files in dist/, in the language of
 *   its `<html lang>`; every page's grade, the hardest sentences of a page past the limit and the
 *   median are printed and written to test-results/readability.json. English pages get a
 *   Flesch-Kincaid grade; Spanish pages, in a section of their own, the Flesch–Szigriszt index
 *   and its INFLESZ band. Exits 1 when an English page is over grade 8 or their median over 7,
 *   or a Spanish page is under 55 or their median under 65.
 * - `npm run grade -- content/faq/*.mdx`: a quick grade of draft files, in Spanish for a file
 *   under content/es/ or named `*.es.mdx`. Frontmatter, MDX tags and Markdown punctuation are
 *   removed first, so the figures are close to, not the same as, the built page's.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatReadabilityReport, gradePage, gradeText, pageLine, readabilityReport } from '../src/prose/readability-report.ts';
import { splitFrontmatter } from '../src/prose/prose-ranges.ts';

/** A draft is Spanish when it is under content/es/ or named `*.es.mdx`. */
const isSpanishFile = (path: string): boolean => /(?:^|\/)content\/es\//.test(path) || path.endsWith('.es.mdx');

/** Grades content files as written, for drafts. */
function gradeFiles(files: string[]): void {
	for (const path of files) {
		const source = readFileSync(path, 'utf8');
		const text = source
			.slice(splitFrontmatter(source)?.end ?? 0)
			.replace(/<[^>]+>/g, ' ')
			.replace(/[#*_>`[\]()]/g, ' ');
		console.log(pageLine({ path, ...gradeText(text, isSpanishFile(path) ? 'es' : 'en') }));
	}
}

/** Grades every page of the built site as the end-to-end test does, and writes the figures. */
function gradeSite(): void {
	const sitemap = 'dist/sitemap-0.xml';
	if (!existsSync(sitemap)) throw new Error(`${sitemap} is missing: run \`npm run build\` first.`);
	const paths = [...readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
	const grades = paths.map((path) => gradePage(path, readFileSync(join('dist', path, path.endsWith('/') ? 'index.html' : ''), 'utf8')));
	const report = readabilityReport(grades);
	console.log(formatReadabilityReport(report));
	mkdirSync('test-results', { recursive: true });
	writeFileSync('test-results/readability.json', `${JSON.stringify(report, null, 2)}\n`);
	console.log('Written to test-results/readability.json.');
	process.exitCode = report.passes ? 0 : 1;
}

const files = process.argv.slice(2);
if (files.length > 0) gradeFiles(files);
else gradeSite();
