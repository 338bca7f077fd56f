import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { defaultEmbedHeight } from '../src/embed/snippet';
import { collectErrors } from './fixtures/site';
import { forgedHeights, type HostServer, startHostServer } from './fixtures/host-server';

/**
 * `/embed.js` on a clinic's page on another origin, with the script snippet pasted twice: each
 * frame shows its topic, follows its own content's height, and ignores height messages from
 * anyone but itself.
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

/** Scrolls a frame into view (it loads lazily) and waits for its first reported height. */
async function settledHeight(page: Page, topic: string): Promise<number> {
	const frame = page.locator(frameSelector(topic));
	await frame.scrollIntoViewIfNeeded();
	await expect(page.frameLocator(frameSelector(topic)).locator('summary').first()).toBeVisible();
	await expect.poll(() => heightOf(frame), { message: `${topic} frame sized from its content` }).not.toBe(defaultEmbedHeight);
	// Heights arrive as the frame lays out; wait until two readings agree.
	let previous = -1;
	await expect
		.poll(async () => {
			const height = await heightOf(frame);
			const steady = height === previous;
			previous = height;
			return steady;
		})
		.toBe(true);
	return previous;
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
	await page.goto(host.hostUrl);
	const frames = page.locator('[data-cit-faq] iframe');
	await expect(frames).toHaveCount(2);
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
		// The keyboard, not a click at coordinates: the host page is still laying out the other
		// frame's last resize, and a click there once landed beside the question in a full run.
		await summary.press('Enter');
		await expect(question, `${topic}: the question opens`).toHaveAttribute('open');
		// Two frames, two pages' worth of layout on a loaded 2-core machine: allow for it.
		await expect.poll(() => heightOf(frame), { message: `${topic} grows`, timeout: 10_000 }).toBeGreaterThan(start + 20);
		expect(await heightOf(page.locator(frameSelector(other))), `${other} stays`).toBe(otherStart);
		await summary.press('Enter');
		await expect(question, `${topic}: the question closes`).not.toHaveAttribute('open');
		await expect.poll(() => heightOf(frame), { message: `${topic} shrinks back`, timeout: 10_000 }).toBe(start);
	}
	expect(errors).toEqual([]);
});

test('height messages from the host page or another site are ignored', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto(host.hostUrl);
	const start = { aftercare: await settledHeight(page, 'aftercare'), safety: await settledHeight(page, 'safety') };
	const heights = async () => ({
		aftercare: await heightOf(page.locator(frameSelector('aftercare'))),
		safety: await heightOf(page.locator(frameSelector('safety'))),
	});

	// The host page records the height messages it receives, to prove the forgeries arrived.
	await page.evaluate(() => {
		const seen: { origin: string; height: unknown }[] = [];
		(window as unknown as { seen: typeof seen }).seen = seen;
		window.addEventListener('message', (event) => {
			if (event.data?.type === 'cit-faq:height') seen.push({ origin: event.origin, height: event.data.height });
		});
	});
	const forgedFrom = async (origin: string) =>
		page.evaluate(
			(from) =>
				(window as unknown as { seen: { origin: string; height: number }[] }).seen
					.filter((message) => message.origin === from)
					.map((message) => message.height),
			origin,
		);

	// From the host page itself.
	await page.evaluate((forged) => {
		for (const height of forged) window.postMessage({ type: 'cit-faq:height', height }, '*');
	}, forgedHeights);
	await expect.poll(() => forgedFrom(new URL(host.hostUrl).origin)).toEqual(forgedHeights);

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
	await expect.poll(() => forgedFrom(new URL(host.forgerUrl).origin)).toEqual(forgedHeights);

	// The loader resizes in its own listener for the same message events, which ran in the same
	// dispatch as the recorder above: had it obeyed a forgery, the frames would have changed already.
	expect(await heights()).toEqual(start);

	// The real frames are still listened to.
	const summary = page.frameLocator(frameSelector('aftercare')).locator('summary').first();
	await summary.click();
	await expect.poll(async () => (await heights()).aftercare).toBeGreaterThan(start.aftercare);
	expect(errors).toEqual([]);
});
