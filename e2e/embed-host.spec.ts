import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { clampHeight } from '../src/embed/loader';
import { heightMessageType } from '../src/embed/messages';
import { defaultEmbedHeight, embedPolicy, fallbackLinkText, fallbackLinkUrl } from '../src/embed/snippet';
import { collectErrors } from './fixtures/site';
import { badLangs, forgedHeights, type HostServer, startHostServer, strictSnippetOptions } from './fixtures/host-server';
import { ui } from '../src/i18n/ui';
import { receivedMessages, recordMessages, reportedHeights } from './fixtures/messages';

/**
 * `/embed.js` on a clinic's page on another origin, with the script snippet pasted twice: each
 * frame shows its topic, follows its own content's height, and ignores height messages from
 * anyone but itself. On a clinic page with a strict Content-Security-Policy, the FAQ shows when
 * the policy allows the sources /for-clinics/ gives; otherwise, and without scripts, the
 * snippet's link stays. A Spanish snippet (`data-lang="es"`) frames the Spanish embed; an unknown
 * or hostile `data-lang` frames the English one, and never reaches the frame's address.
 */

let host: HostServer;
let ourOrigin: string;

test.beforeAll(async ({ baseURL }) => {
	ourOrigin = new URL(baseURL!).origin;
	host = await startHostServer(ourOrigin);
});

test.afterAll(async () => {
	await host?.close();
});

const frameSelector = (topic: string) => `[data-cit-faq][data-topic="${topic}"] iframe`;

async function heightOf(frame: Locator): Promise<number> {
	return frame.evaluate((element) => Math.round(element.getBoundingClientRect().height));
}

/** The heights a frame has reported, once it has reported `count` of them. */
async function reportsFrom(page: Page, topic: string, count: number): Promise<number[]> {
	return reportedHeights(await receivedMessages(page, count, { origin: ourOrigin, topic }));
}

/**
 * Waits for the frame's height report as the loader has applied it: the frame reports only when
 * its content's height changes, so the latest report is the height it needs now.
 */
async function expectSizedFrom(page: Page, topic: string, count: number): Promise<number> {
	const height = (await reportsFrom(page, topic, count)).at(-1)!;
	await expect(page.locator(frameSelector(topic)), `${topic} frame sized from its report`).toHaveCSS('height', `${clampHeight(height)}px`);
	return height;
}

/** Scrolls a frame into view (it loads lazily) and waits until the loader has applied its reported height. */
async function settledHeight(page: Page, topic: string): Promise<number> {
	const frame = page.locator(frameSelector(topic));
	await frame.scrollIntoViewIfNeeded();
	await expect(page.frameLocator(frameSelector(topic)).locator('summary').first()).toBeVisible();
	await expectSizedFrom(page, topic, 1);
	const height = await heightOf(frame);
	expect(height, `${topic} frame sized from its content`).not.toBe(defaultEmbedHeight);
	return height;
}

test('the loader is one small script', async ({ request }) => {
	const response = await request.get('/embed.js');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/javascript/);
	const served = await response.body();
	expect(served.equals(readFileSync('dist/embed.js'))).toBe(true);
	const gzipped = gzipSync(served).length;
	console.log(`/embed.js: ${served.length} bytes, ${gzipped} bytes gzipped`);
	expect(gzipped).toBeLessThan(3072);
});

test('both pasted embeds build one frame each, with our embed page for their topic', async ({ page }) => {
	const errors = collectErrors(page);
	await recordMessages(page);
	await page.goto(host.hostUrl);
	const frames = page.locator('[data-cit-faq] iframe');
	await expect(frames).toHaveCount(2);
	// Each frame took the place of its snippet's link.
	await expect(page.locator('[data-cit-faq] a')).toHaveCount(0);
	const aftercare = page.locator(frameSelector('aftercare'));
	const safety = page.locator(frameSelector('safety'));
	await expect(aftercare).toHaveAttribute('src', `${ourOrigin}/embed/faq/aftercare/`);
	await expect(safety).toHaveAttribute('src', `${ourOrigin}/embed/faq/safety/?accent=%237c3aed`);
	for (const frame of [aftercare, safety]) {
		await expect(frame).toHaveAttribute('title', /^Microneedling questions: /);
		await expect(frame).toHaveAttribute('loading', 'lazy');
		await expect(frame).toHaveAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
		await expect(frame).toHaveCSS('width', await page.locator('main').evaluate((main) => getComputedStyle(main).width));
		await expect(frame).toHaveCSS('border-top-width', '0px');
	}
	expect(await aftercare.getAttribute('title')).not.toBe(await safety.getAttribute('title'));

	for (const topic of ['aftercare', 'safety']) {
		await settledHeight(page, topic);
		const questions = page.frameLocator(frameSelector(topic)).locator('summary');
		expect(await questions.count(), topic).toBeGreaterThan(1);
	}
	// The frame fits its content: the page inside it has nothing to scroll.
	for (const topic of ['aftercare', 'safety']) {
		const inner = page.frameLocator(frameSelector(topic)).locator('html');
		const overflow = await inner.evaluate((html) => html.scrollHeight - html.clientHeight);
		expect(overflow, topic).toBeLessThanOrEqual(1);
	}

	// Running the loader again (a third paste, or a page that adds the script twice) builds nothing new.
	await page.evaluate(
		(src) =>
			new Promise<void>((resolve, reject) => {
				const script = document.createElement('script');
				script.src = src;
				script.onload = () => resolve();
				script.onerror = () => reject(new Error('embed.js failed to load'));
				document.body.append(script);
			}),
		`${ourOrigin}/embed.js`,
	);
	await expect(frames).toHaveCount(2);
	for (const container of await page.locator('[data-cit-faq]').all()) await expect(container.locator('iframe')).toHaveCount(1);
	expect(errors).toEqual([]);
});

test('each frame grows when a question opens and shrinks back when it closes, on its own', async ({ page }) => {
	const errors = collectErrors(page);
	await recordMessages(page);
	await page.goto(host.hostUrl);
	const aftercareStart = await settledHeight(page, 'aftercare');
	const safetyStart = await settledHeight(page, 'safety');

	for (const [topic, other, otherStart] of [
		['aftercare', 'safety', safetyStart],
		['safety', 'aftercare', aftercareStart],
	] as const) {
		const frame = page.locator(frameSelector(topic));
		const start = topic === 'aftercare' ? aftercareStart : safetyStart;
		const question = page.frameLocator(frameSelector(topic)).locator('details').first();
		const summary = question.locator('summary');
		const reports = (await reportsFrom(page, topic, 1)).length;
		// The keyboard, not a click at coordinates: the host page may still be laying out the other
		// frame's last resize, and a click there once landed beside the question in a full run.
		await summary.press('Enter');
		await expect(question, `${topic}: the question opens`).toHaveAttribute('open');
		// One report for each change of height: opening is the next one, closing the one after.
		await expectSizedFrom(page, topic, reports + 1);
		expect(await heightOf(frame), `${topic} grows`).toBeGreaterThan(start + 20);
		expect(await heightOf(page.locator(frameSelector(other))), `${other} stays`).toBe(otherStart);
		await summary.press('Enter');
		await expect(question, `${topic}: the question closes`).not.toHaveAttribute('open');
		await expectSizedFrom(page, topic, reports + 2);
		expect(await heightOf(frame), `${topic} shrinks back`).toBe(start);
	}
	expect(errors).toEqual([]);
});

test('height messages from the host page or another site are ignored', async ({ page }) => {
	const errors = collectErrors(page);
	await recordMessages(page);
	await page.goto(host.hostUrl);
	const start = { aftercare: await settledHeight(page, 'aftercare'), safety: await settledHeight(page, 'safety') };
	const heights = async () => ({
		aftercare: await heightOf(page.locator(frameSelector('aftercare'))),
		safety: await heightOf(page.locator(frameSelector('safety'))),
	});

	// The host page records the messages it receives, to prove the forgeries arrived: this waits
	// for as many height messages from the origin as there are forgeries.
	const forgedFrom = async (origin: string) => {
		const messages = await receivedMessages(page, forgedHeights.length, { origin });
		expect(messages.every((message) => (message.data as { type?: unknown }).type === heightMessageType)).toBe(true);
		return reportedHeights(messages);
	};

	// From the host page itself.
	await page.evaluate((forged) => {
		for (const height of forged) window.postMessage({ type: 'cit-faq:height', height }, '*');
	}, forgedHeights);
	expect(await forgedFrom(new URL(host.hostUrl).origin)).toEqual(forgedHeights);

	// From a frame of a third origin.
	await page.evaluate(
		(src) =>
			new Promise<void>((resolve) => {
				const frame = document.createElement('iframe');
				frame.title = 'Another site';
				frame.src = src;
				frame.onload = () => resolve();
				document.body.append(frame);
			}),
		host.forgerUrl,
	);
	expect(await forgedFrom(new URL(host.forgerUrl).origin)).toEqual(forgedHeights);

	// The loader resizes in its own listener for the same message events, which ran in the same
	// dispatch as the recorder's: had it obeyed a forgery, the frames would have changed already.
	expect(await heights()).toEqual(start);

	// The real frames are still listened to.
	const reports = (await reportsFrom(page, 'aftercare', 1)).length;
	const summary = page.frameLocator(frameSelector('aftercare')).locator('summary').first();
	await summary.click();
	await expectSizedFrom(page, 'aftercare', reports + 1);
	expect((await heights()).aftercare).toBeGreaterThan(start.aftercare);
	expect(errors).toEqual([]);
});

test.describe('a clinic page with a strict Content-Security-Policy, or without scripts', () => {
	const link = (page: Page) => page.locator('[data-cit-faq]').getByRole('link', { name: fallbackLinkText });

	test('a policy that allows exactly the sources /for-clinics/ gives shows the FAQ in place of the link', async ({ page }) => {
		const errors = collectErrors(page);
		const response = await page.goto(host.strictUrls.allowing);
		expect(response!.headers()['content-security-policy']).toBe(`default-src 'none'; ${embedPolicy(ourOrigin)}`);
		const frame = page.locator('[data-cit-faq] iframe');
		await expect(frame).toHaveAttribute('title', /^Microneedling questions: /);
		await expect(page.frameLocator('[data-cit-faq] iframe').locator('summary').first()).toBeVisible();
		await expect(link(page)).toHaveCount(0);
		// Nothing was refused: a violation is logged as a console error.
		expect(errors).toEqual([]);
	});

	test('a policy that does not allow them leaves the link, and nothing broken to see', async ({ page, request }) => {
		// Chromium logs the blocked loader as a console error naming it and the policy.
		const refused = page.waitForEvent(
			'console',
			(message) => message.text().includes(`'${ourOrigin}/embed.js'`) && message.text().includes('Content Security Policy'),
		);
		await page.goto(host.strictUrls.blocking);
		await refused;
		await expect(link(page)).toBeVisible();
		await expect(link(page)).toHaveAttribute('href', fallbackLinkUrl(ourOrigin, strictSnippetOptions.topic));
		await expect(page.locator('[data-cit-faq]')).toHaveText(fallbackLinkText);
		await expect(page.locator('iframe')).toHaveCount(0);
		// The link leads to the topic's questions on our site.
		expect((await request.get(new URL(fallbackLinkUrl(ourOrigin, strictSnippetOptions.topic)).pathname)).status()).toBe(200);
	});

	test('a policy that allows the loader but not the frame gets the link back in place of the refused frame', async ({ page }) => {
		await page.goto(host.strictUrls.scriptOnly);
		// The loader ran: it marks its element done as it swaps the link for the frame, so the link
		// showing after that is the link put back once the policy refused the frame.
		await expect(page.locator('[data-cit-faq]')).toHaveAttribute('data-cit-faq-ready', '');
		await expect(link(page)).toBeVisible();
		await expect(link(page)).toHaveAttribute('href', fallbackLinkUrl(ourOrigin, strictSnippetOptions.topic));
		await expect(page.locator('[data-cit-faq]')).toHaveText(fallbackLinkText);
		await expect(page.locator('iframe')).toHaveCount(0);
	});

	test('without scripts, the page that would show the FAQ shows the link', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		try {
			const page = await context.newPage();
			await page.goto(host.strictUrls.allowing);
			await expect(link(page)).toBeVisible();
			await expect(link(page)).toHaveAttribute('href', fallbackLinkUrl(ourOrigin, strictSnippetOptions.topic));
			await expect(page.locator('iframe')).toHaveCount(0);
		} finally {
			await context.close();
		}
	});
});

test.describe('a Spanish clinic page', () => {
	const es = ui('es');

	test('data-lang="es" frames the Spanish embed, titled and sized as the English one', async ({ page }) => {
		const errors = collectErrors(page);
		await recordMessages(page);
		await page.goto(host.spanishUrls.plain);
		const frame = page.locator(frameSelector('aftercare'));
		await expect(frame).toHaveAttribute('src', `${ourOrigin}/es/embed/faq/aftercare/`);
		await expect(frame).toHaveAttribute('title', es.embed.title(es.faqTopics.aftercare));
		const inner = page.frameLocator(frameSelector('aftercare'));
		await expect(inner.locator('html')).toHaveAttribute('lang', 'es');
		await expect(inner.locator('h1')).toHaveText(es.embed.title(es.faqTopics.aftercare));
		await expect(inner.locator('.source')).toContainText(es.embed.independence);
		await settledHeight(page, 'aftercare');
		expect(errors).toEqual([]);
	});

	test('an unknown or hostile data-lang gives the English embed, and never reaches the address', async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto(host.spanishUrls.plain);
		const frames = page.locator(frameSelector('safety'));
		await expect(frames).toHaveCount(badLangs.length);
		for (const frame of await frames.all()) {
			await expect(frame).toHaveAttribute('src', `${ourOrigin}/embed/faq/safety/`);
			await expect(frame).toHaveAttribute('title', ui('en').embed.title(ui('en').faqTopics.safety));
		}
		expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
		// The loader is the page's one script: no value became markup.
		await expect(page.locator('main script')).toHaveCount(1);
		await expect(page.locator('main script')).toHaveAttribute('src', `${ourOrigin}/embed.js`);
		expect(errors).toEqual([]);
	});

	test('a strict policy with the Spanish snippet’s sources shows the Spanish FAQ', async ({ page }) => {
		const errors = collectErrors(page);
		const response = await page.goto(host.spanishUrls.strict);
		expect(response!.headers()['content-security-policy']).toBe(`default-src 'none'; ${embedPolicy(ourOrigin, 'es')}`);
		await expect(page.frameLocator('[data-cit-faq] iframe').locator('h1')).toHaveText(es.embed.title(es.faqTopics.aftercare));
		await expect(page.locator('[data-cit-faq]').getByRole('link')).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test('without scripts, the Spanish snippet shows its Spanish link', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		try {
			const page = await context.newPage();
			await page.goto(host.spanishUrls.strict);
			const link = page.locator('[data-cit-faq]').getByRole('link', { name: es.embed.snippetLink });
			await expect(link).toHaveAttribute('href', fallbackLinkUrl(ourOrigin, 'aftercare', 'es'));
			expect(new URL(fallbackLinkUrl(ourOrigin, 'aftercare', 'es')).pathname).toBe('/es/preguntas/aftercare/');
		} finally {
			await context.close();
		}
	});
});
