import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page, test } from '@playwright/test';
import { faqFeedSchema } from '../src/feed/feed';
import { heightMessageType, isHeightMessage } from '../src/embed/messages';
import { iframeSnippet, independenceNote, sharedByLine } from '../src/embed/snippet';
import { localizePath } from '../src/i18n/routes';
import { ui } from '../src/i18n/ui';
import { collectErrors, expectNoAxeViolations } from './fixtures/site';
import { receivedMessages, recordMessages, reportedHeights } from './fixtures/messages';

/**
 * The FAQ embed pages a clinic frames (`/embed/faq/…`, and in Spanish `/es/embed/faq/…`), their
 * branding parameters, good and hostile, their height messages, oEmbed files and the FAQ feeds
 * under `/api/` and `/es/api/`.
 */

const embed = '/embed/faq/';
const topicEmbed = '/embed/faq/safety/';
const esEmbed = '/es/embed/faq/';
const esTopicEmbed = '/es/embed/faq/safety/';
const es = ui('es');
/** Questions that exist in the `safety` topic, and one that does not exist anywhere. */
const known = ['common-side-effects', 'rare-risks'];
const unknownId = 'no-such-question';

/** Visits an embed with query parameters, failing on console errors and page errors. */
async function open(page: Page, path: string, params: Record<string, string> = {}): Promise<string[]> {
	const errors = collectErrors(page);
	const query = new URLSearchParams(params).toString();
	await page.goto(query ? `${path}?${query}` : path);
	await page.waitForLoadState('networkidle');
	return errors;
}

/** Whether the page shows the default embed: no name or contact line, no custom accent, all questions. */
async function expectDefaultEmbed(page: Page, title = ui('en').embed.title()): Promise<void> {
	await expect(page.locator('h1')).toHaveText(new RegExp(`^${title}`));
	await expect(page.locator('[data-embed-name]')).toBeHidden();
	await expect(page.locator('[data-embed-contact]')).toBeHidden();
	expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--accent'))).toBe('');
	const questions = page.locator('details[data-embed-question]');
	expect(await questions.count()).toBeGreaterThan(1);
	for (const question of await questions.all()) await expect(question).toBeVisible();
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

test.describe('hostile parameters give the default embed, run nothing and log no error', () => {
	const cases: [string, Record<string, string>][] = [
		['accent with CSS injection', { accent: 'red;background:url(x)' }],
		['accent as a colour name', { accent: 'red' }],
		['name with markup', { name: '<img src=x onerror=window.__pwned=1>' }],
		['name of 10 KB', { name: 'A'.repeat(10_240) }],
		['contact with javascript:', { contact: 'javascript:window.__pwned=1' }],
		['contact with http:', { contact: 'http://clinic.example/book' }],
		['theme with CSS', { theme: 'dark;color:red' }],
		['all at once', { accent: '#fff;x:y', name: '"><script>window.__pwned=1</script>', contact: 'data:text/html,x', theme: '<b>' }],
	];
	for (const [path, lang] of [
		[embed, 'en'],
		[esEmbed, 'es'],
	] as const) {
		for (const [label, params] of cases) {
			test(`${label} (${path})`, async ({ page }) => {
				const requests: string[] = [];
				page.on('request', (request) => requests.push(request.url()));
				const errors = await open(page, path, params);
				await expectDefaultEmbed(page, ui(lang).embed.title());
				expect(await pwned(page)).toBeUndefined();
				await expect(page.locator('main img, main script')).toHaveCount(0);
				expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
				expect(requests.filter((url) => /\/x$/.test(url))).toEqual([]);
				expect(errors).toEqual([]);
			});
		}
	}
});

for (const [path, lang, name] of [
	[embed, 'en', "Skin & Laser (O'Neill)"],
	[esEmbed, 'es', 'Clínica Piel & Láser (Norte)'],
] as const) {
	test(`valid branding sets the accent, the clinic name and a booking link (${path})`, async ({ page }) => {
		const errors = await open(page, path, { accent: '#1D4ED8', name, contact: 'https://clinic.example/book now?src=faq', theme: 'light' });
		const root = page.locator('html');
		await expect(root).toHaveAttribute('data-theme', 'light');
		expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--accent'))).toBe('#1d4ed8');
		expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--on-accent'))).toBe('#ffffff');
		await expect(page.locator('[data-embed-name]')).toHaveText(lang === 'en' ? sharedByLine(name) : `${name} ${es.embed.sharedBy}`);
		await expect(page.getByText(/provided for|proporcionad/i)).toHaveCount(0);
		const contact = page.getByRole('link', { name: ui(lang).embed.book });
		await expect(contact).toHaveAttribute('href', 'https://clinic.example/book%20now?src=faq');
		await expect(contact).toHaveAttribute('target', '_blank');
		await expect(contact).toHaveAttribute('rel', 'noopener');
		await expect(contact).toHaveCSS('background-color', 'rgb(29, 78, 216)');
		expect(errors).toEqual([]);
	});
}

test('a name shows literally, as text', async ({ page }) => {
	await open(page, embed, { name: 'Dr. Smith & Co. (Leeds)' });
	await expect(page.locator('[data-embed-name-text]')).toHaveText('Dr. Smith & Co. (Leeds)');
});

test('an accent too faint for the background falls back to the default', async ({ page }) => {
	await open(page, embed, { accent: '#fde047', theme: 'light' });
	expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--accent'))).toBe('');
	await page.goto(`${embed}?accent=%23fde047&theme=dark`);
	expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--accent'))).toBe('#fde047');
	expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--on-accent'))).toBe('#0f172a');
});

test('every link opens outside the frame at an absolute address', async ({ page }) => {
	await open(page, embed, { contact: 'https://clinic.example/' });
	const links = await page.locator('a[href]').evaluateAll((anchors) =>
		anchors.map((anchor) => ({
			href: anchor.getAttribute('href'),
			target: anchor.getAttribute('target'),
			rel: anchor.getAttribute('rel'),
		})),
	);
	expect(links.length).toBeGreaterThan(20);
	for (const link of links) expect(link).toEqual({ href: expect.stringMatching(/^https?:\/\//), target: '_blank', rel: 'noopener' });
	expect(links.some((link) => link.href?.includes('/glossary/'))).toBe(true);
	const more = page.locator('details').first().locator('.more a');
	await expect(more).toHaveText(/^More on Microneedling Guide/);
	const id = await page.locator('details').first().getAttribute('id');
	await expect(more).toHaveAttribute('href', new RegExp(`/faq/[a-z]+/#${id}$`));
	await expect(page.locator('.source')).toHaveText(/^Source: Microneedling Guide, last reviewed \w+ \d{1,2}, \d{4}\. /);
});

test('the embed says once, with or without a clinic name, that the guide is independent and endorses no one', async ({ page }) => {
	for (const params of [{}, { name: 'Skin Clinic' }] as Record<string, string>[]) {
		await open(page, embed, params);
		await expect(page.locator('.source')).toContainText(independenceNote);
		await expect(page.getByText(/does not endorse/)).toHaveCount(1);
		await expect(page.getByText(/does not endorse/)).toBeVisible();
	}
});

test('?ids= shows the questions asked for and skips unknown ones', async ({ page }) => {
	const errors = await open(page, embed, { ids: [unknownId, ...known].join(',') });
	const visible = page.locator('details[data-embed-question]:visible');
	await expect(visible).toHaveCount(2);
	expect(await visible.evaluateAll((items) => items.map((item) => item.id))).toEqual(known);
	await expect(page.locator('[data-embed-not-found]')).toBeHidden();
	// Only the safety heading is left.
	await expect(page.locator('h2:visible')).toHaveText(['Safety and side effects']);
	expect(errors).toEqual([]);
});

test('one picked question opens', async ({ page }) => {
	await open(page, embed, { ids: known[0]! });
	await expect(page.locator(`details#${known[0]}`)).toHaveAttribute('open', '');
});

test('?ids= with only unknown ids says so above all questions, in the embed’s language', async ({ page }) => {
	for (const [path, lang] of [
		[topicEmbed, 'en'],
		[esTopicEmbed, 'es'],
	] as const) {
		const { embed: words } = ui(lang);
		for (const ids of [unknownId, '<script>,../../etc,Does-It-Hurt']) {
			const errors = await open(page, path, { ids });
			const notice = page.locator('[data-embed-not-found]');
			await expect(notice).toBeVisible();
			await expect(notice).toHaveText(`${words.notFound}${words.seeAll}`);
			await expect(notice.getByRole('link', { name: words.seeAll })).toHaveAttribute('href', new RegExp(`${localizePath('/faq/', lang)}$`));
			await expectDefaultEmbed(page, words.title());
			expect(errors).toEqual([]);
		}
	}
});

test('an unknown topic is the 404 page', async ({ request }) => {
	expect((await request.get('/embed/faq/no-such-topic/')).status()).toBe(404);
});

test('a topic embed shows only its topic', async ({ page }) => {
	await open(page, topicEmbed);
	await expect(page.locator('h1')).toHaveText('Microneedling questions: Safety and side effects');
	const ids = await page.locator('details[data-embed-question]').evaluateAll((items) => items.map((item) => item.id));
	expect(ids).toEqual(expect.arrayContaining(known));
	const feed = faqFeedSchema.parse(await (await page.request.get('/api/faq/safety.json')).json());
	expect(ids).toEqual(feed.questions.map((question) => question.id));
});

test('the page is an FAQPage of the questions it shows', async ({ page }) => {
	await open(page, topicEmbed);
	const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
	const [faq] = blocks.flatMap((text) => [JSON.parse(text)].flat()) as { '@type': string; mainEntity: { name: string }[] }[];
	expect(faq?.['@type']).toBe('FAQPage');
	const questions = await page.locator('summary').allTextContents();
	expect(faq?.mainEntity.map((question) => question.name)).toEqual(questions);
});

test('the head keeps it out of search engines and offers oEmbed and native sizing, in each language', async ({ page, baseURL }) => {
	for (const [path, lang] of [
		[embed, 'en'],
		[topicEmbed, 'en'],
		[esEmbed, 'es'],
		[esTopicEmbed, 'es'],
	] as const) {
		await open(page, path);
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
		await expect(page.locator('meta[name="responsive-embedded-sizing"]')).toHaveCount(1);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		const discovery = page.locator('link[rel="alternate"][type="application/json+oembed"]');
		const title = await page.locator('h1').textContent();
		await expect(discovery).toHaveAttribute('title', title!);
		// The link is absolute on the configured site; the same path is served here.
		const href = new URL((await discovery.getAttribute('href'))!);
		expect(href.pathname).toBe(`${path}oembed.json`);
		const response = await page.request.get(new URL(href.pathname, baseURL).href);
		expect(response.headers()['content-type']).toMatch(/json/);
		const oembed = await response.json();
		expect(oembed).toEqual({
			version: '1.0',
			type: 'rich',
			title,
			html: iframeSnippet({ src: new URL(path, href).href, title: title! }),
			width: expect.any(Number),
			height: expect.any(Number),
			provider_name: ui(lang).siteName,
			provider_url: new URL(localizePath('/', lang), href).href,
		});
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('answers open from their question', async ({ page }) => {
		await page.goto(`${embed}?ids=${known[0]}&name=Skin`);
		const first = page.locator('details').first();
		await expect(first.locator('.answer')).toBeHidden();
		await first.locator('summary').click();
		await expect(first).toHaveAttribute('open', '');
		await expect(first.locator('.answer')).toBeVisible();
		await expect(page.locator('[data-embed-name]')).toBeHidden();
		await expect(page.locator('.source')).toContainText(independenceNote);
	});
});

test('the embed posts its content height to the page around it, and again when an answer opens', async ({ page, baseURL }) => {
	const errors = collectErrors(page);
	const src = new URL(`${embed}?ids=${known.join(',')}`, baseURL).href;
	// A clinic's page on another origin: its own server (a routed page would count as a public
	// address, and Chromium does not let a public page frame a local one).
	const host = createServer((_request, response) => {
		response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
		response.end(
			`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head><body>${iframeSnippet({ src, title: 'FAQ' })}</body></html>`,
		);
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	try {
		// The clinic's page records the messages it receives; each step waits for the next one.
		await recordMessages(page);
		await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
		const first = (await receivedMessages(page, 1)).at(-1);
		expect(first?.origin).toBe(new URL(baseURL!).origin);
		expect(isHeightMessage(first?.data)).toBe(true);
		expect(first?.data).toEqual({ type: heightMessageType, height: expect.any(Number) });
		const closedHeight = (first?.data as { height: number }).height;
		expect(closedHeight).toBeGreaterThan(100);

		const reports = (await receivedMessages(page, 1)).length;
		await page.frameLocator('iframe').locator('details:not([hidden]) summary').first().click();
		expect(Math.max(...reportedHeights(await receivedMessages(page, reports + 1)))).toBeGreaterThan(closedHeight);
		await page.frameLocator('iframe').locator('details:not([hidden]) summary').first().click();
		expect((await receivedMessages(page, reports + 2)).at(-1)?.data).toEqual({ type: heightMessageType, height: closedHeight });
		expect(errors).toEqual([]);
	} finally {
		await new Promise((resolve) => host.close(resolve));
	}
});

test('the embed is axe-clean in light and dark, branded, with answers open', async ({ page }) => {
	// Three axe passes over every answer of the FAQ: a time limit for a long test, not a wait.
	test.slow();
	for (const theme of ['light', 'dark']) {
		await open(page, embed, { theme, accent: '#7c3aed', name: 'Skin Clinic', contact: 'https://clinic.example/' });
		await page.locator('details').evaluateAll((items) => items.forEach((item) => ((item as HTMLDetailsElement).open = true)));
		await expectNoAxeViolations(page);
	}
	await open(page, topicEmbed, { ids: unknownId });
	await expectNoAxeViolations(page);
});

test.describe('the Spanish embed', () => {
	test('says once, in Spanish, with or without a clinic name, that the guide is independent', async ({ page }) => {
		for (const params of [{}, { name: 'Clínica Piel' }] as Record<string, string>[]) {
			await open(page, esEmbed, params);
			await expect(page.locator('.source')).toContainText(es.embed.independence);
			await expect(page.getByText(/no respalda a ninguna clínica/)).toHaveCount(1);
			await expect(page.getByText(/does not endorse/)).toHaveCount(0);
		}
	});

	test('is in Spanish, and every link leads to the Spanish pages, outside the frame', async ({ page }) => {
		await open(page, esTopicEmbed);
		await expect(page.locator('h1')).toHaveText(es.embed.title(es.faqTopics.safety));
		const more = page.locator('details').first().locator('.more a');
		await expect(more).toHaveText(new RegExp(`^${es.embed.moreOn}`));
		const id = await page.locator('details').first().getAttribute('id');
		await expect(more).toHaveAttribute('href', new RegExp(`/es/preguntas/safety/#${id}$`));
		await expect(page.locator('.source')).toHaveText(new RegExp(`^${es.embed.source}${es.siteName}${es.embed.lastReviewed}`));
		const hrefs = await page
			.locator('a[href]')
			.evaluateAll((anchors) =>
				anchors.map((anchor) => ({ href: anchor.getAttribute('href') ?? '', target: anchor.getAttribute('target') })),
			);
		expect(hrefs.length).toBeGreaterThan(5);
		for (const { href, target } of hrefs) {
			expect(target, href).toBe('_blank');
			expect(new URL(href).pathname, href).toMatch(/^\/es\//);
		}
	});

	test('shows the questions of /es/preguntas/safety/, each at its answer', async ({ page }) => {
		await open(page, esTopicEmbed);
		const embedded = await page
			.locator('details[data-embed-question]')
			.evaluateAll((items) => items.map((item) => ({ id: item.id, question: item.querySelector('summary')?.textContent?.trim() })));
		const feed = faqFeedSchema.parse(await (await page.request.get('/es/api/faq/safety.json')).json());
		expect(embedded).toEqual(feed.questions.map(({ id, question }) => ({ id, question })));
	});

	test('an unknown topic is the 404 page', async ({ request }) => {
		expect((await request.get('/es/embed/faq/no-such-topic/')).status()).toBe(404);
	});

	test('is axe-clean, branded, with answers open', async ({ page }) => {
		test.slow();
		await open(page, esEmbed, { theme: 'dark', accent: '#7c3aed', name: 'Clínica Piel', contact: 'https://clinic.example/' });
		await page.locator('details').evaluateAll((items) => items.forEach((item) => ((item as HTMLDetailsElement).open = true)));
		await expectNoAxeViolations(page);
	});
});

test.describe('the FAQ feeds', () => {
	for (const path of [
		'/api/faq.json',
		'/api/faq/safety.json',
		'/api/faq/aftercare.json',
		'/es/api/faq.json',
		'/es/api/faq/aftercare.json',
	]) {
		test(`${path} matches the feed schema`, async ({ request }) => {
			const response = await request.get(path);
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toMatch(/json/);
			const feed = faqFeedSchema.parse(await response.json());
			expect(feed.questions.length).toBeGreaterThan(1);
			for (const question of feed.questions) {
				expect(question.answer.html).not.toMatch(/<(?!\/?(?:p|ul|ol|li|strong|em|a)[\s>])/);
				expect(question.answer.html).not.toContain('<Fact');
				expect(question.answer.text).not.toContain('<');
			}
		});
	}

	for (const lang of ['en', 'es'] as const) {
		const feedPath = localizePath('/api/faq.json', lang);
		test(`${feedPath} lists every question on the FAQ index in its language, in its order, each at its answer`, async ({
			page,
			request,
		}) => {
			const feed = faqFeedSchema.parse(await (await request.get(feedPath)).json());
			expect(feed.site).toEqual({ name: ui(lang).siteName, url: expect.stringMatching(new RegExp(`${localizePath('/', lang)}$`)) });
			await page.goto(localizePath('/faq/', lang));
			const questions = await page
				.locator('main li[id]')
				.evaluateAll((items) => items.map((item) => ({ id: item.id, href: item.querySelector('a')?.getAttribute('href') })));
			expect(feed.questions.map((question) => question.id)).toEqual(questions.map((question) => question.id));
			expect(feed.questions.map((question) => new URL(question.url).pathname + new URL(question.url).hash)).toEqual(
				questions.map((question) => question.href),
			);
			expect(feed.topic).toBeUndefined();
		});
	}

	test('the Spanish feed links only to Spanish pages, and names its topic in Spanish', async ({ request }) => {
		const feed = faqFeedSchema.parse(await (await request.get('/es/api/faq.json')).json());
		const links = feed.questions.flatMap((question) => [...question.answer.html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!));
		expect(links.length).toBeGreaterThan(5);
		const siteOrigin = new URL(feed.site.url).origin;
		for (const link of links.filter((href) => new URL(href).origin === siteOrigin)) {
			expect(new URL(link).pathname, link).toMatch(/^\/es\//);
			expect((await request.get(new URL(link).pathname)).status(), link).toBe(200);
		}
		const topicFeed = faqFeedSchema.parse(await (await request.get('/es/api/faq/aftercare.json')).json());
		expect(topicFeed.topic).toEqual({ id: 'aftercare', label: es.faqTopics.aftercare });
	});

	test('the schema is published as JSON Schema', async ({ request }) => {
		const schema = await (await request.get('/api/faq.schema.json')).json();
		expect(schema).toMatchObject({
			$schema: 'https://json-schema.org/draft/2020-12/schema',
			$id: expect.stringMatching(/\/api\/faq\.schema\.json$/),
			type: 'object',
			properties: { questions: { type: 'array' } },
		});
	});
});
