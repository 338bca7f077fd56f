/**
 * Page weight, asserted so that no page grows past its budget unnoticed. Every page in the
 * sitemap is opened cold (a new browser context) from `dist/`, served with gzip as a static
 * host serves it, and everything it fetches is counted: HTML, CSS, scripts, images, icons. A
 * content page stays within 25 KB gzipped and fetches no script file; its only JavaScript is
 * the inline site script (checked in without-javascript.spec.ts), which loads a tool's code
 * when the reader first uses it.
 * /for-clinics/, the snippet maker, is a tool rather than content and is left out, in every language.
 * A first search from a cold cache, in each language, fetches at most the search data budget.
 * Byte counts are deterministic, so they are a test; speed is `npm run bench`'s.
 */
import { expect, test } from '@playwright/test';
import { englishPath, localizePath } from '../src/i18n/routes';
import { breakdown, firstQuery, queries, recordSent, spanishQueries, targets } from '../tools/bench/search';
import { budget, firstVisit } from '../tools/bench/weights';
import { serve } from '../tools/system/serve';
import { sitemapPaths, timeForPages } from './fixtures/site';

/** Pages that are tools, not content: the snippet maker, whose module and live preview are the page. */
const toolPaths = ['/for-clinics/'];

let server: Awaited<ReturnType<typeof serve>>;
test.beforeAll(async () => {
	server = await serve('dist', { onSend: recordSent });
});
test.afterAll(() => server.close());

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test(`a first visit to any content page fetches at most ${kb(budget.gzipBytes)} gzipped, and no script file`, async ({ browser }) => {
	const paths = sitemapPaths().filter((path) => !toolPaths.includes(englishPath(path).path));
	test.setTimeout(timeForPages(paths.length, 3_000, 120_000));
	expect(paths).toEqual(
		expect.arrayContaining([
			'/',
			'/faq/',
			'/faq/safety/',
			'/aftercare/',
			'/glossary/microneedling/',
			'/es/',
			'/es/preguntas/safety/',
			'/es/procedimiento/',
		]),
	);
	const over: string[] = [];
	const scripts: string[] = [];
	const totals: number[] = [];
	for (const path of paths) {
		const fetched = await firstVisit(browser, `${server.origin}${path}`, server.origin);
		// Everything, not only HTML, CSS and JS: icons and images count too.
		const total = fetched.reduce((sum, file) => sum + file.gzip, 0);
		totals.push(total);
		if (total > budget.gzipBytes) {
			over.push(`${path}: ${kb(total)} (${fetched.map((file) => `${file.path} ${kb(file.gzip)}`).join(', ')})`);
		}
		for (const file of fetched.filter((file) => file.kind === 'js')) scripts.push(`${path} fetched ${file.path}`);
	}
	expect(over, `over the ${kb(budget.gzipBytes)} budget; split the page or trim what it repeats`).toEqual([]);
	expect(scripts, 'content pages load a tool’s code only when the reader uses it').toEqual([]);
	test.info().annotations.push({ type: 'largest first visit', description: kb(Math.max(...totals)) });
});

test('the aftercare copy links fetch their code on the first press, not before', async ({ browser }) => {
	const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
	const page = await context.newPage();
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await page.goto(`${server.origin}/aftercare/`, { waitUntil: 'networkidle' });
	expect(scripts).toEqual([]);
	const copy = page.locator('button[data-copy-path]').first();
	await copy.click();
	await expect(page.locator('[data-copy-link-done]').first()).toHaveText('Link copied');
	expect(scripts).toEqual(['/client/copy-links.js']);
	await context.close();
});

/**
 * The search data of a first search, in each language: the figures `npm run bench` reports against
 * its target, here to prove that each search page loads its own language's index and no other.
 */
for (const { lang, list } of [
	{ lang: 'en', list: queries },
	{ lang: 'es', list: spanishQueries },
] as const) {
	test(`a first ${lang} search from a cold cache loads only the ${lang} index`, async ({ browser }) => {
		test.setTimeout(timeForPages(list.length, 5_000, 60_000));
		const runs = [];
		for (const query of list) runs.push({ query, ...(await firstQuery(browser, server.origin, query, localizePath('/search/', lang))) });
		const report = runs.map((run) => `“${run.query}” ${kb(run.pagefindBytes)}: ${breakdown(run.files)}`).join('\n');
		console.log(`First ${lang} search, cold cache (bench target ${kb(targets.pagefindBytes)}):\n${report}`);
		const paths = runs.flatMap((run) => run.files.map((file) => file.path));
		expect(paths.filter((path) => path.includes(`.${lang}_`) && path.endsWith('.pf_meta')).length, report).toBe(runs.length);
		expect(paths.filter((path) => /\.pf_meta$|^\/pagefind\/wasm\./.test(path) && !path.includes(`.${lang}`))).toEqual([]);
		test
			.info()
			.annotations.push({ type: `heaviest first ${lang} search`, description: kb(Math.max(...runs.map((run) => run.pagefindBytes))) });
	});
}
