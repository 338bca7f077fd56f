/**
 * The clinic's details on the printed aftercare sheet (/aftercare/print/?clinic=…&phone=…): a
 * clinic's link fills its name and phone number as text, on screen and on paper; without them, or
 * with values that fail the check, paper keeps labelled blank lines to write on. Hostile values are
 * dropped: nothing runs, no dialog opens, no element is added, and the console stays clean.
 * The Spanish sheet does the same under its Spanish labels, and /es/para-clinicas/ links to it.
 */
import { expect, type Page, test } from '@playwright/test';
import { localizePath } from '../src/i18n/routes';
import { ui } from '../src/i18n/ui';
import { collectErrors, expectNoAxeViolations } from './fixtures/site';

const path = '/aftercare/print/';

function sheetWith(details: { clinic?: string; phone?: string }, sheet = path): string {
	const params = new URLSearchParams(Object.entries(details).filter((entry): entry is [string, string] => entry[1] !== undefined));
	return `${sheet}?${params}`;
}

function parts(page: Page) {
	const box = page.locator('[data-clinic-details]');
	return {
		box,
		clinic: box.locator('[data-clinic-field="clinic"]'),
		phone: box.locator('[data-clinic-field="phone"]'),
	};
}

/** Every element of the page, counted: a value that became markup would add some. */
function elementCount(page: Page): Promise<number> {
	return page.evaluate(() => document.getElementsByTagName('*').length);
}

/** Checks that the clinic's details come before the steps. */
async function expectAboveSteps(page: Page, box: ReturnType<typeof parts>['box']): Promise<void> {
	const [boxBottom, stepsTop] = await Promise.all([
		box.evaluate((node) => node.getBoundingClientRect().bottom),
		page.locator('.print-sheet').evaluate((node) => node.getBoundingClientRect().top),
	]);
	expect(boxBottom).toBeLessThanOrEqual(stepsTop);
}

/** Checks that a field prints as its label and an empty line to write on. */
async function expectBlankLine(field: ReturnType<typeof parts>['clinic'], label: string): Promise<void> {
	await expect(field).toBeVisible();
	await expect(field).toHaveText(`${label}:`);
	const line = await field.locator('[data-clinic-value]').evaluate((node) => {
		const style = getComputedStyle(node);
		return { border: Number.parseFloat(style.borderBottomWidth), width: node.getBoundingClientRect().width };
	});
	expect(line.border, `${label} has a line to write on`).toBeGreaterThan(0);
	// 40 mm is about 151 CSS pixels: room to write a name or a number by hand.
	expect(line.width, `${label} line is long enough to write on`).toBeGreaterThan(151);
}

test('a clinic link shows the name and phone as text on screen and on paper, above the steps', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto(sheetWith({ clinic: "Skin & Co (North) - Dr. O'Neil", phone: '+1 (555) 010-0199' }));
	const { box, clinic, phone } = parts(page);
	await expect(box).toBeVisible();
	await expect(clinic).toHaveText("Your clinic: Skin & Co (North) - Dr. O'Neil");
	await expect(phone).toHaveText('Clinic phone: +1 (555) 010-0199');
	await expectNoAxeViolations(page);

	await page.emulateMedia({ media: 'print' });
	await expect(clinic).toBeVisible();
	await expect(clinic).toHaveText("Your clinic: Skin & Co (North) - Dr. O'Neil");
	await expect(phone).toHaveText('Clinic phone: +1 (555) 010-0199');
	await expectAboveSteps(page, box);
	expect(errors).toEqual([]);
});

test('only the details given show on screen, and paper keeps a line for the other', async ({ page }) => {
	await page.goto(sheetWith({ phone: '020 7946 0958' }));
	const { box, clinic, phone } = parts(page);
	await expect(phone).toHaveText('Clinic phone: 020 7946 0958');
	await expect(clinic).toBeHidden();
	await expect(box).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expectBlankLine(clinic, 'Your clinic');
	await expect(phone).toHaveText('Clinic phone: 020 7946 0958');
});

test('without details, nothing shows on screen and paper has two labelled blank lines', async ({ page }) => {
	await page.goto(path);
	const { box, clinic, phone } = parts(page);
	await expect(box).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expectBlankLine(clinic, 'Your clinic');
	await expectBlankLine(phone, 'Clinic phone');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the sheet keeps its blank lines, even when the link has details', async ({ page }) => {
		await page.goto(sheetWith({ clinic: 'Skin & Co', phone: '555 0100' }));
		const { box, clinic, phone } = parts(page);
		await expect(box).toBeHidden();
		await page.emulateMedia({ media: 'print' });
		await expectBlankLine(clinic, 'Your clinic');
		await expectBlankLine(phone, 'Clinic phone');
	});
});

const hostile: { name: string; details: { clinic: string; phone: string }; shown?: { clinic?: string } }[] = [
	{ name: 'markup', details: { clinic: '<img src=x onerror=alert(1)>', phone: '<img src=x onerror=alert(2)>' } },
	{ name: 'a script element', details: { clinic: '<script>alert(1)</script>', phone: '<script>alert(2)</script>' } },
	{ name: 'a javascript: address', details: { clinic: 'javascript:alert(1)', phone: 'javascript:alert(2)' } },
	{ name: '5,000 characters', details: { clinic: 'a'.repeat(5000), phone: '5'.repeat(5000) } },
	{ name: 'a phone with letters', details: { clinic: 'Skin Clinic', phone: '555-CALL-NOW' }, shown: { clinic: 'Skin Clinic' } },
];

for (const { name, details, shown } of hostile) {
	test(`${name} is never run or added as an element, and leaves the blank lines`, async ({ page }) => {
		const errors = collectErrors(page);
		const dialogs: string[] = [];
		page.on('dialog', async (dialog) => {
			dialogs.push(dialog.message());
			await dialog.dismiss();
		});
		await page.goto(path);
		const plain = await elementCount(page);
		await page.goto(sheetWith(details));
		// The script has run once the page has loaded: it is inline, right after the fields.
		await page.waitForLoadState('load');
		expect(await elementCount(page), 'no element added').toBe(plain);
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		const { clinic, phone } = parts(page);
		await page.emulateMedia({ media: 'print' });
		if (shown?.clinic) await expect(clinic).toHaveText(`Your clinic: ${shown.clinic}`);
		else await expectBlankLine(clinic, 'Your clinic');
		await expectBlankLine(phone, 'Clinic phone');
		expect(dialogs, 'no dialog opened').toEqual([]);
		expect(errors, 'no console errors').toEqual([]);
	});
}

test.describe('in Spanish', () => {
	const t = ui('es').aftercare;
	const spanishSheet = localizePath(path, 'es');

	test('a clinic link fills the Spanish sheet under its Spanish labels, on screen and on paper', async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto(sheetWith({ clinic: 'Clínica Piel Sana (Norte)', phone: '+52 55 1234 5678' }, spanishSheet));
		const { box, clinic, phone } = parts(page);
		await expect(clinic).toHaveText(`${t.yourClinic}: Clínica Piel Sana (Norte)`);
		await expect(phone).toHaveText(`${t.clinicPhone}: +52 55 1234 5678`);
		await expectNoAxeViolations(page);
		await page.emulateMedia({ media: 'print' });
		await expect(clinic).toHaveText(`${t.yourClinic}: Clínica Piel Sana (Norte)`);
		await expectAboveSteps(page, box);
		expect(errors).toEqual([]);
	});

	test('a value that fails its check leaves its Spanish blank line, and nothing runs', async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', async (dialog) => {
			dialogs.push(dialog.message());
			await dialog.dismiss();
		});
		await page.goto(sheetWith({ clinic: '<img src=x onerror=alert(1)>', phone: '020 7946 0958' }, spanishSheet));
		const { clinic, phone } = parts(page);
		await expect(phone).toHaveText(`${t.clinicPhone}: 020 7946 0958`);
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		await page.emulateMedia({ media: 'print' });
		await expectBlankLine(clinic, t.yourClinic);
		expect(dialogs).toEqual([]);
	});

	test('the Spanish page for clinics makes its sheet link to the Spanish sheet', async ({ page }) => {
		await page.goto(localizePath('/for-clinics/', 'es'));
		const maker = page.locator('[data-sheet-maker]');
		await maker.locator('input[name="clinic"]').fill('Clínica Sol');
		await expect(maker.locator('[data-snippet="sheet"]')).toHaveValue(new RegExp(`${spanishSheet}\\?clinic=Cl%C3%ADnica\\+Sol$`));
		await maker.locator('a[data-sheet-open]').click();
		await expect(parts(page).clinic).toHaveText(`${t.yourClinic}: Clínica Sol`);
	});
});
