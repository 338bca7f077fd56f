/**
 * Printed aftercare sheets, in English and in Spanish: with print media, the screen furniture is
 * gone and the sheet ends with the warning signs and how soon to act on each, its address as text
 * and as a QR code that decodes to the page's canonical URL, and the review date. The whole sheet
 * fits on one or two A4 or Letter pages (the real counts are logged), each phase page on one, in
 * type of 10pt or more, and the print button prints.
 */
import { expect, type Page, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { readAftercareAnchors } from '../src/aftercare-links/short-links';
import { localizePath } from '../src/i18n/routes';
import { ui } from '../src/i18n/ui';
import { pdfPages, printedSheets, smallestText } from './fixtures/print';
import { expectNoAxeViolations } from './fixtures/site';

const phases = readAftercareAnchors();
const { phasePaths } = printedSheets('en');

async function canonicalOf(page: Page): Promise<string> {
	return (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
}

/** Reads the QR code in the sheet's footer the way a phone would: from its pixels. */
async function decodeQr(page: Page): Promise<string | undefined> {
	const png = PNG.sync.read(await page.locator('[data-print-sheet-footer] svg').screenshot());
	return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

for (const lang of ['en', 'es'] as const) {
	const { sheetPaths, phasePaths: langPhasePaths, filledSheet, signs, screenOnly } = printedSheets(lang);
	const t = ui(lang);

	test.describe(lang === 'en' ? 'printed' : 'printed, in Spanish', () => {
		// Sharper pixels for the QR code; the layout is the same.
		test.use({ deviceScaleFactor: 2 });

		for (const path of sheetPaths) {
			test(`${path} prints without screen furniture and ends with the warning signs, address, QR code and review date`, async ({
				page,
			}) => {
				await page.goto(path);
				const footer = page.locator('[data-print-sheet-footer]');
				// On screen the footer is not shown: the page already says all of it.
				await expect(footer).toBeHidden();
				await expect(page.locator('[data-copy-link] button').first()).toBeVisible();
				const reviewed = await page.locator('.review-dates time').first().textContent();

				await page.emulateMedia({ media: 'print' });
				for (const [name, selector] of Object.entries(screenOnly)) {
					const found = page.locator(selector);
					// Those found by their name in the page's language must be found, or the check would prove nothing.
					if (['main navigation', 'breadcrumbs', 'disclaimer'].includes(name))
						expect(await found.count(), `${name} on ${path}`).toBeGreaterThan(0);
					for (const element of await found.all()) await expect(element, `${name} on ${path}`).toBeHidden();
				}
				await expect(footer).toBeVisible();
				expect(signs.length, 'content/pages/aftercare.mdx lists warningSigns').toBeGreaterThan(0);
				for (const sign of signs) await expect(footer.locator('[data-warning-signs]')).toContainText(sign);
				const canonical = await canonicalOf(page);
				await expect(footer.locator('[data-print-sheet-url]')).toHaveText(canonical);
				await expect(footer).toContainText(`${t.print.lastReviewed}${reviewed}`);
				await expect(footer.locator('svg')).toBeVisible();
				await expect(footer.locator('svg')).toHaveAttribute('aria-label', t.print.qrLabel(canonical));
				expect(await decodeQr(page), path).toBe(canonical);
				// The footer is the last thing printed.
				const last = await page.locator('main article').evaluate((article) => {
					const printed = [...article.querySelectorAll('*')].filter(
						(node) => (node as HTMLElement).offsetParent !== null || node.tagName === 'svg',
					);
					return printed.at(-1)?.closest('[data-print-sheet-footer]') !== null;
				});
				expect(last, `the footer ends ${path}`).toBe(true);
			});
		}

		test('no step is split across columns or pages, and the type stays at 10pt or more', async ({ page }) => {
			await page.goto(filledSheet);
			await expect(page.locator('[data-clinic-field="phone"]')).toHaveText(`${t.aftercare.clinicPhone}: +44 (0) 20 7946 0958 12`);
			await page.emulateMedia({ media: 'print' });
			const steps = page.locator('.aftercare-step');
			expect(await steps.count()).toBe(phases.flatMap((phase) => phase.steps).length);
			for (const breakInside of await steps.evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).breakInside))) {
				expect(breakInside).toBe('avoid');
			}
			// 10pt is 13⅓ CSS pixels.
			expect(await smallestText(page)).toBeGreaterThanOrEqual(13.33);
		});

		test('the whole sheet fits on one or two A4 or Letter pages, and each phase on one', async ({ page }) => {
			test.setTimeout(60_000);
			const counts: string[] = [];
			for (const path of [...sheetPaths, filledSheet]) {
				await page.goto(path);
				await page.emulateMedia({ media: 'print' });
				for (const format of ['A4', 'Letter'] as const) {
					const pages = await pdfPages(page, format);
					counts.push(`${path} ${format}: ${pages}`);
					expect(pages, `${path} on ${format}`).toBeLessThanOrEqual(langPhasePaths.includes(path) ? 1 : 2);
				}
			}
			console.log(`Printed pages: ${counts.join(', ')}`);
			test.info().annotations.push({ type: 'printed pages', description: counts.join(', ') });
		});

		test('the steps before the appointment print as a checklist, with its hint, on their page and on the sheet', async ({ page }) => {
			const before = phases.find((phase) => phase.id === 'before-appointment');
			expect(before?.steps.map((step) => step.id)).toEqual(
				expect.arrayContaining(['stop-retinoids-and-exfoliants', 'no-tanning-before', 'arrive-with-clean-skin']),
			);
			await page.goto(localizePath('/aftercare/before-appointment/', lang));
			const boxes = page.locator('.aftercare-checkbox');
			await expect(boxes.first()).toBeHidden();
			await page.emulateMedia({ media: 'print' });
			await expect(boxes).toHaveCount(before!.steps.length);
			for (const box of await boxes.all()) await expect(box).toBeVisible();
			for (const step of before!.steps) await expect(page.locator(`[id="${step.id}"] .aftercare-checkbox`)).toHaveCount(1);
			await expect(page.getByText(t.aftercare.checklistHint)).toBeVisible();
			if (lang === 'en') {
				await expect(page.getByText('Stop retinoids, exfoliants and harsh acne treatments', { exact: false })).toBeVisible();
				await expect(page.getByText('tanning beds', { exact: false })).toBeVisible();
				await expect(page.getByText('Come with clean skin', { exact: false })).toBeVisible();
			}
			// Only that phase is a checklist.
			await page.goto(localizePath('/aftercare/print/', lang));
			await expect(page.locator('.aftercare-checkbox')).toHaveCount(before!.steps.length);
		});
	});
}

test.describe('the printable pages', () => {
	test('/aftercare/ links to the print sheet and to every phase page', async ({ page }) => {
		await page.goto('/aftercare/');
		const print = page.getByRole('region', { name: 'Print these steps' });
		await expect(print.getByRole('link', { name: 'All the steps on one sheet' })).toHaveAttribute('href', '/aftercare/print/');
		for (const path of phasePaths) await expect(print.locator(`a[href="${path}"]`)).toHaveCount(1);
	});

	test('each phase page has its breadcrumbs, its own canonical URL, and the same anchors as /aftercare/', async ({ page }) => {
		for (const phase of phases) {
			const path = `/aftercare/${phase.id}/`;
			await page.goto(path);
			expect(new URL(await canonicalOf(page)).pathname).toBe(path);
			const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
			await expect(crumbs).toHaveCount(3);
			await expect(crumbs.nth(0)).toHaveAttribute('href', '/');
			await expect(crumbs.nth(1)).toHaveAttribute('href', '/aftercare/');
			await expect(crumbs.nth(2)).toHaveAttribute('aria-current', 'page');
			await expect(page.locator(`section[id="${phase.id}"]`)).toHaveCount(1);
			for (const step of phase.steps) await expect(page.locator(`li[id="${step.id}"]`)).toHaveCount(1);
			// Site search finds /aftercare/ instead of these copies.
			await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
		}
		await page.goto('/aftercare/print/');
		await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
	});

	test('the print button opens the print dialog', async ({ page }) => {
		await page.addInitScript(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => {
				(window as unknown as { printed: number }).printed += 1;
			};
		});
		await page.goto('/aftercare/print/');
		await page.getByRole('button', { name: 'Print this page' }).click();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
		await expect(page.getByText('To print, press Ctrl+P, or Command+P on a Mac.')).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('there is no print button, and the keyboard shortcut is given', async ({ page }) => {
			for (const path of ['/aftercare/', '/aftercare/print/', phasePaths[0]!]) {
				await page.goto(path);
				await expect(page.getByRole('button', { name: 'Print this page' })).toHaveCount(0);
				await expect(page.getByText('To print, press Ctrl+P, or Command+P on a Mac.')).toBeVisible();
			}
		});
	});
});
