/**
 * "Copy link" beside each aftercare step and phase: a plain `#<id>` link without JavaScript; with
 * it, a button that copies `<origin>/aftercare/#<id>` and says "Link copied" in a polite live
 * region, or shows the address selected when the clipboard is missing or refused. By mouse and
 * by keyboard alone, and clean under axe. On the Spanish pages it copies the Spanish page's
 * address and says all of it in Spanish.
 */
import { expect, type Page, test } from '@playwright/test';
import { localizePath } from '../src/i18n/routes';
import { ui } from '../src/i18n/ui';
import { collectErrors, expectNoAxeViolations } from './fixtures/site';

const stepId = 'clean-hands';
const stepText = 'Wash your hands before you touch your face.';
const phaseId = 'first-24-hours';

const status = (page: Page) => page.locator('[data-copy-link-status]');
const copyButton = (page: Page, id = stepId) => page.locator(`[id="${id}--copy"]`);

test.describe('with the clipboard allowed', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('the copy button of a step puts <origin>/aftercare/#<id> on the clipboard and says "Link copied"', async ({ page, baseURL }) => {
		const errors = collectErrors(page);
		await page.goto('/aftercare/');
		await expect(status(page)).toHaveAttribute('role', 'status');
		await expect(status(page)).toBeEmpty();

		const button = page.getByRole('button', { name: `Copy link to this step ${stepText}` });
		await expect(button).toBeVisible();
		// The plain link it replaces is gone from view and from the accessibility tree.
		await expect(page.locator(`[id="${stepId}--link"]`)).toBeHidden();
		await button.click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${new URL(baseURL!).origin}/aftercare/#${stepId}`);
		await expect(status(page)).toHaveText('Link copied');
		// Sighted readers see it beside the button; screen readers hear it once, from the region.
		const done = page.locator(`[id="${stepId}"] [data-copy-link-done]`);
		await expect(done).toHaveText('Link copied');
		await expect(done).toHaveAttribute('aria-hidden', 'true');
		await expect(button).toBeFocused();

		await page.getByRole('button', { name: /^Copy link to this section The first 24 hours$/ }).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${new URL(baseURL!).origin}/aftercare/#${phaseId}`);
		await expect(status(page)).toHaveText('Link copied');
		expect(errors).toEqual([]);
	});

	test('on the print sheet and a phase page, the link still points at /aftercare/', async ({ page, baseURL }) => {
		for (const path of ['/aftercare/print/', `/aftercare/${phaseId}/`]) {
			await page.goto(path);
			await copyButton(page).click();
			await expect
				.poll(() => page.evaluate(() => navigator.clipboard.readText()), path)
				.toBe(`${new URL(baseURL!).origin}/aftercare/#${stepId}`);
			await expect(status(page), path).toHaveText('Link copied');
		}
	});

	test('the keyboard alone reaches a copy button and copies with Enter or Space', async ({ page, baseURL }) => {
		await page.goto('/aftercare/');
		const target = copyButton(page);
		for (let presses = 0; presses < 80; presses += 1) {
			if (await target.evaluate((button) => button === document.activeElement)) break;
			await page.keyboard.press('Tab');
		}
		await expect(target).toBeFocused();
		const outline = await target.evaluate((button) => getComputedStyle(button).outlineStyle);
		expect(outline).not.toBe('none');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${new URL(baseURL!).origin}/aftercare/#${stepId}`);
		await expect(status(page)).toHaveText('Link copied');

		await page.evaluate(() => navigator.clipboard.writeText(''));
		await page.keyboard.press('Tab');
		await page.keyboard.press('Shift+Tab');
		await expect(target).toBeFocused();
		await page.keyboard.press('Space');
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${new URL(baseURL!).origin}/aftercare/#${stepId}`);
	});

	test('axe finds nothing on /aftercare/ and /aftercare/print/, before and after copying', async ({ page }) => {
		// Four axe runs on the two longest pages.
		test.slow();
		for (const path of ['/aftercare/', '/aftercare/print/']) {
			await page.goto(path);
			await expectNoAxeViolations(page);
			await copyButton(page).click();
			await expect(status(page)).toHaveText('Link copied');
			await expectNoAxeViolations(page);
		}
	});

	test('in dark mode too', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/aftercare/');
		await copyButton(page).click();
		await expect(status(page)).toHaveText('Link copied');
		await expectNoAxeViolations(page);
	});
});

test.describe('when the clipboard is missing or refused', () => {
	for (const [name, script] of [
		['no Clipboard API', () => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })],
		[
			'a refused permission',
			() =>
				Object.defineProperty(navigator, 'clipboard', {
					value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
					configurable: true,
				}),
		],
	] as const) {
		test(`${name}: the address shows beside the button, selected, with how to copy it`, async ({ page, baseURL }) => {
			await page.addInitScript(script);
			await page.goto('/aftercare/');
			await copyButton(page).click();
			const field = page.getByRole('textbox', { name: `Link address: ${stepText}` });
			await expect(field).toBeVisible();
			await expect(field).toHaveValue(`${new URL(baseURL!).origin}/aftercare/#${stepId}`);
			await expect(field).toBeFocused();
			const selected = await field.evaluate((input: HTMLInputElement) =>
				input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
			);
			expect(selected).toBe(`${new URL(baseURL!).origin}/aftercare/#${stepId}`);
			await expect(status(page)).toHaveText('The link is selected. Press Ctrl+C, or Command+C on a Mac, to copy it.');
			await expectNoAxeViolations(page);
		});
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('each step and phase has a plain link to its own anchor, and no copy button shows', async ({ page }) => {
		await page.goto('/aftercare/');
		const link = page.getByRole('link', { name: `Link to this step ${stepText}` });
		await expect(link).toBeVisible();
		await expect(link).toHaveAttribute('href', `#${stepId}`);
		await expect(page.getByRole('link', { name: 'Link to this section The first 24 hours' })).toHaveAttribute('href', `#${phaseId}`);
		await expect(page.getByRole('button', { name: /^Copy link/ })).toHaveCount(0);
		// One link per phase and per step, each to an id on the page.
		const hrefs = await page.locator('[data-copy-link] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		const ids = await page.locator('.aftercare-phase, .aftercare-step').evaluateAll((nodes) => nodes.map((node) => `#${node.id}`));
		expect(hrefs).toEqual(ids);

		await link.click();
		await expect(page).toHaveURL(new RegExp(`/aftercare/#${stepId}$`));
		await expect(page.locator(`[id="${stepId}"]`)).toBeInViewport();
	});
});

test.describe('in Spanish', () => {
	const t = ui('es').copyLink;
	const spanishPage = localizePath('/aftercare/', 'es');
	const stepTextOf = (page: Page) => page.locator(`[id="${stepId}--text"]`).innerText();

	test.describe('with the clipboard allowed', () => {
		test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

		test('the page, the print sheet and a phase page copy the Spanish page’s address and say "Enlace copiado"', async ({
			page,
			baseURL,
		}) => {
			const errors = collectErrors(page);
			for (const path of [spanishPage, localizePath('/aftercare/print/', 'es'), localizePath(`/aftercare/${phaseId}/`, 'es')]) {
				await page.goto(path);
				const button = page.getByRole('button', { name: `${t.copy.step} ${await stepTextOf(page)}` });
				await button.click();
				await expect
					.poll(() => page.evaluate(() => navigator.clipboard.readText()), path)
					.toBe(`${new URL(baseURL!).origin}${spanishPage}#${stepId}`);
				await expect(status(page), path).toHaveText(t.copied);
				await expect(page.locator(`[id="${stepId}"] [data-copy-link-done]`), path).toHaveText(t.copied);
			}
			expect(errors).toEqual([]);
			await expectNoAxeViolations(page);
		});
	});

	test('when the clipboard is missing, the address shows in a field named in Spanish, with how to copy it in Spanish', async ({
		page,
		baseURL,
	}) => {
		await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
		await page.goto(spanishPage);
		await copyButton(page).click();
		const field = page.getByRole('textbox', { name: `${t.address}: ${await stepTextOf(page)}` });
		await expect(field).toBeFocused();
		await expect(field).toHaveValue(`${new URL(baseURL!).origin}${spanishPage}#${stepId}`);
		await expect(status(page)).toHaveText(t.selected);
		// Nothing the script says is left in English.
		for (const english of Object.values(ui('en').copyLink).filter((text) => typeof text === 'string'))
			await expect(page.getByRole('main')).not.toContainText(english);
		await expectNoAxeViolations(page);
	});
});
