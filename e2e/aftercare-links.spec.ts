/**
 * Links that clinic staff send patients must never break and must land on the exact step:
 * every id ever published has an element on /aftercare/, every short link `/a/<id>/` lands on
 * its anchor with the element in view, and the page's `HowTo` JSON-LD links each step to it.
 * The Spanish short links `/es/a/<id>/` land on the same step of /es/cuidados-posteriores/.
 */
import { expect, type Page, test } from '@playwright/test';
import { readPublishedIds } from '../src/aftercare-links/published-ids';
import { readAftercareAnchors, shortLinkOf } from '../src/aftercare-links/short-links';
import { localizePath } from '../src/i18n/routes';
import { sitemapPaths } from './fixtures/site';

const record = readPublishedIds();
const phases = readAftercareAnchors();
const stepIds = phases.flatMap((phase) => phase.steps.map((step) => step.id));
const liveIds = phases.flatMap((phase) => [phase.id, ...phase.steps.map((step) => step.id)]);
const removed = Object.entries(record.removed);
/** The Spanish aftercare page, where the Spanish short links land. */
const spanishPage = localizePath('/aftercare/', 'es');

/** The element with this id (ids may start with a digit, so no `#id` selector). */
const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

/** Opens a short link and waits for its meta refresh to reach the aftercare page. */
async function follow(page: Page, shortLink: string, landing: RegExp): Promise<void> {
	await page.goto(shortLink);
	await page.waitForURL(landing);
}

test('every published id is an element on /aftercare/', async ({ page }) => {
	await page.goto('/aftercare/');
	const missing: string[] = [];
	for (const id of record.published.filter((id) => !Object.hasOwn(record.removed, id))) {
		if ((await byId(page, id).count()) !== 1) missing.push(id);
	}
	expect(missing, 'published ids without exactly one element').toEqual([]);
});

test('every removed id keeps an element on /aftercare/, and its old link lands on the step it points to', async ({ page }) => {
	test.info().annotations.push({
		type: 'removed ids',
		description:
			removed.length === 0
				? 'none yet: published-ids.json has an empty `removed`'
				: removed.map(([from, to]) => `${from} → ${to}`).join(', '),
	});
	for (const [from, to] of removed) {
		await page.goto(`/aftercare/#${from}`);
		await expect(byId(page, from), `an element for the former id ${from}`).toHaveCount(1);
		await expect(byId(page, to), `${from} lands on ${to}`).toBeInViewport();
	}
});

test('/a/ goes to the aftercare page', async ({ page }) => {
	await follow(page, '/a/', /\/aftercare\/$/);
	for (const phase of phases) await expect(byId(page, phase.id)).toHaveCount(1);
});

for (const phase of phases) {
	test(`the short links of "${phase.id}" and its steps land on their anchors, in view`, async ({ page }) => {
		for (const id of [phase.id, ...phase.steps.map((step) => step.id)]) {
			await follow(page, shortLinkOf(id), new RegExp(`/aftercare/#${id}$`));
			await expect(byId(page, id), id).toBeInViewport();
		}
	});
}

test('the short link of a removed id lands on the id it now points to', async ({ page }) => {
	for (const [from, to] of removed) {
		await follow(page, shortLinkOf(from), new RegExp(`/aftercare/#${to}$`));
		await expect(byId(page, to), `${from} → ${to}`).toBeInViewport();
	}
});

test('each short link is a small noindex page whose refresh and link keep the anchor', async ({ request }) => {
	for (const id of [...liveIds, ...removed.map(([from]) => from)]) {
		const target = `/aftercare/#${record.removed[id] ?? id}`;
		const html = await (await request.get(shortLinkOf(id))).text();
		expect(html, id).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
		expect(html, id).toContain(`<a href="${target}">`);
		expect(html, id).toContain('<meta name="robots" content="noindex">');
	}
});

test('short links are not listed in the sitemap, in either language', () => {
	const paths = sitemapPaths();
	expect(paths).toContain('/aftercare/');
	expect(paths).toContain(spanishPage);
	expect(paths.filter((path) => path.startsWith('/a/') || path.startsWith('/es/a/'))).toEqual([]);
});

test.describe('in Spanish', () => {
	test('/es/a/ goes to the Spanish aftercare page', async ({ page }) => {
		await follow(page, '/es/a/', new RegExp(`${spanishPage}$`));
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		for (const phase of phases) await expect(byId(page, phase.id)).toHaveCount(1);
	});

	for (const phase of phases) {
		test(`the Spanish short links of "${phase.id}" and its steps land on their anchors, in view`, async ({ page }) => {
			for (const id of [phase.id, ...phase.steps.map((step) => step.id)]) {
				expect(shortLinkOf(id, 'es')).toBe(`/es/a/${id}/`);
				await follow(page, shortLinkOf(id, 'es'), new RegExp(`${spanishPage}#${id}$`));
				await expect(byId(page, id), id).toBeInViewport();
			}
		});
	}

	test('every removed id keeps an element on the Spanish page, and its Spanish short link lands on the step it points to', async ({
		page,
	}) => {
		for (const [from, to] of removed) {
			await page.goto(`${spanishPage}#${from}`);
			await expect(byId(page, from), `an element for the former id ${from}`).toHaveCount(1);
			await follow(page, shortLinkOf(from, 'es'), new RegExp(`${spanishPage}#${to}$`));
			await expect(byId(page, to), `${from} → ${to}`).toBeInViewport();
		}
	});

	test('each Spanish short link is a small noindex page whose refresh and link keep the anchor', async ({ request }) => {
		for (const id of [...liveIds, ...removed.map(([from]) => from)]) {
			const target = `${spanishPage}#${record.removed[id] ?? id}`;
			const html = await (await request.get(shortLinkOf(id, 'es'))).text();
			expect(html, id).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
			expect(html, id).toContain(`<a href="${target}">`);
			expect(html, id).toContain('<meta name="robots" content="noindex">');
		}
	});
});

test('the HowTo JSON-LD has one HowToStep per step, in order, each linking to an anchor on the page', async ({ page }) => {
	await page.goto('/aftercare/');
	const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
	const items = blocks.flatMap((text) => [JSON.parse(text) as Record<string, unknown>].flat());
	const howTo = items.find((item) => item['@type'] === 'HowTo');
	expect(howTo, 'a HowTo JSON-LD object on /aftercare/').toBeDefined();
	const sections = howTo!.step as { '@type': string; url: string; itemListElement: { '@type': string; url: string }[] }[];
	expect(sections.map((section) => new URL(section.url).hash.slice(1))).toEqual(phases.map((phase) => phase.id));
	const steps = sections.flatMap((section) => section.itemListElement);
	expect(steps.every((step) => step['@type'] === 'HowToStep')).toBe(true);
	const anchors = steps.map((step) => new URL(step.url));
	expect(anchors.map((url) => url.hash.slice(1))).toEqual(stepIds);
	for (const url of anchors) {
		expect(url.pathname).toBe('/aftercare/');
		await expect(byId(page, url.hash.slice(1))).toHaveCount(1);
	}
});
