import { expect, type Page, test } from '@playwright/test';
import { embedPolicy } from '../src/embed/snippet';
import { localizePath } from '../src/i18n/routes';
import { ui } from '../src/i18n/ui';
import { collectErrors, expectNoAxeViolations } from './fixtures/site';

/**
 * The snippet maker on /for-clinics/: options, live preview, both snippets, the sources a
 * clinic's Content-Security-Policy must allow, copying, and no-JS; and on /es/para-clinicas/,
 * the same in Spanish, with the snippet's language to choose.
 */

const path = '/for-clinics/';

function parts(page: Page) {
	return {
		form: page.locator('form[data-embed-form]'),
		preview: page.locator('iframe[data-embed-preview]'),
		scriptCode: page.getByRole('textbox', { name: 'Script code (recommended)' }),
		frameCode: page.getByRole('textbox', { name: 'Frame code (no script)' }),
		policyLine: page.getByRole('textbox', { name: 'If your site has a security policy' }),
	};
}

/** The site's public address, which the snippets and links to share are built on. */
async function siteOf(page: Page): Promise<string> {
	return (await page.locator('[data-clinics-builder]').getAttribute('data-site')) ?? '';
}

/** The preview's address, relative to the site. */
async function previewPath(page: Page): Promise<string> {
	const src = (await parts(page).preview.getAttribute('src')) ?? '';
	const url = new URL(src, page.url());
	return `${url.pathname}${url.search}`;
}

test('changing the options updates the preview and both snippets', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto(path);
	const { scriptCode, frameCode } = parts(page);
	await expect(page.getByRole('group', { name: 'Questions to show' })).toBeVisible();
	await expect(scriptCode).toHaveValue(
		/^<div data-cit-faq><a href="https?:\/\/[^"]+\/faq\/">Microneedling questions and answers<\/a><\/div><script src="https?:\/\/[^"]+\/embed\.js" async><\/script>$/,
	);
	await expect(frameCode).toHaveValue(/^<iframe src="https?:\/\/[^"]+\/embed\/faq\/" title="Microneedling questions" /);
	expect(await previewPath(page)).toBe('/embed/faq/');

	// One topic.
	await page.getByRole('radio', { name: 'One topic' }).check();
	await page.getByRole('combobox', { name: 'Topic' }).selectOption('safety');
	await expect(scriptCode).toHaveValue(/<div data-cit-faq data-topic="safety"><a href="https?:\/\/[^"]+\/faq\/safety\/">/);
	await expect(frameCode).toHaveValue(/\/embed\/faq\/safety\/" title="Microneedling questions: Safety and side effects"/);
	await expect.poll(() => previewPath(page)).toBe('/embed/faq/safety/');

	// Colour, name, booking page and colour scheme.
	const accent = page.getByRole('textbox', { name: 'Accent color' });
	await accent.fill('#7C3AED');
	await accent.blur();
	await expect(page.getByLabel('Pick a color')).toHaveValue('#7c3aed');
	await page.getByRole('textbox', { name: 'Clinic name (optional)' }).fill('Skin & Co');
	await page.getByRole('textbox', { name: 'Booking page (optional)' }).fill('https://clinic.example/book');
	await page.getByRole('radio', { name: 'Dark' }).check();
	const site = await siteOf(page);
	await expect(scriptCode).toHaveValue(
		'<div data-cit-faq data-topic="safety" data-accent="#7c3aed" data-name="Skin &amp; Co" data-contact="https://clinic.example/book" data-theme="dark">' +
			`<a href="${new URL('/faq/safety/', site).href}">Microneedling questions and answers</a></div>` +
			`<script src="${new URL('/embed.js', site).href}" async></script>`,
	);
	await expect(frameCode).toHaveValue(
		/\/embed\/faq\/safety\/\?accent=%237c3aed&amp;name=Skin\+%26\+Co&amp;contact=https%3A%2F%2Fclinic\.example%2Fbook&amp;theme=dark"/,
	);
	await expect
		.poll(() => previewPath(page))
		.toBe('/embed/faq/safety/?accent=%237c3aed&name=Skin+%26+Co&contact=https%3A%2F%2Fclinic.example%2Fbook&theme=dark');
	await expect(page.frameLocator('iframe[data-embed-preview]').getByText('Skin & Co')).toBeVisible();

	// The colour picker writes the text box.
	await page.getByLabel('Pick a color').fill('#b91c1c');
	await expect(accent).toHaveValue('#b91c1c');
	await expect(scriptCode).toHaveValue(/data-accent="#b91c1c"/);
	await page.getByRole('button', { name: 'Use our color' }).click();
	await expect(accent).toHaveValue('');
	await expect(scriptCode).not.toHaveValue(/data-accent/);

	// Questions picked one by one, in FAQ order.
	await page.getByRole('radio', { name: 'Questions I pick' }).check();
	await expect(page.getByRole('combobox', { name: 'Topic' })).toBeHidden();
	const boxes = page.locator('input[name="ids"]');
	await expect(boxes.first()).toBeVisible();
	expect(await boxes.count()).toBeGreaterThan(20);
	const [first, third] = [await boxes.nth(0).getAttribute('value'), await boxes.nth(2).getAttribute('value')];
	await boxes.nth(2).check();
	await boxes.nth(0).check();
	await expect(scriptCode).toHaveValue(new RegExp(`<div data-cit-faq data-ids="${first},${third}"`));
	await expect(frameCode).toHaveValue(new RegExp(`/embed/faq/\\?ids=${first}%2C${third}&amp;`));
	await expect.poll(() => previewPath(page)).toMatch(new RegExp(`^/embed/faq/\\?ids=${first}%2C${third}&`));
	expect(errors).toEqual([]);
});

test('values the embed would drop are pointed out and left out of the snippets', async ({ page }) => {
	await page.goto(path);
	const { scriptCode } = parts(page);
	const accent = page.getByRole('textbox', { name: 'Accent color' });
	await accent.fill('teal');
	await accent.blur();
	await expect(accent).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#embed-accent-error')).toContainText('such as #0f766e');
	const contact = page.getByRole('textbox', { name: 'Booking page (optional)' });
	await contact.fill('http://clinic.example/book');
	await contact.blur();
	await expect(contact).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#embed-contact-error')).toContainText('https://');
	await expect(scriptCode).toHaveValue(/^<div data-cit-faq><a /);
	await accent.fill('#0f766e');
	await expect(accent).not.toHaveAttribute('aria-invalid');
	await expect(scriptCode).toHaveValue(/data-accent="#0f766e"/);
	await expectNoAxeViolations(page);
});

test('the Content-Security-Policy sources are built from the site’s address, and say what each is for', async ({ page }) => {
	await page.goto(path);
	const { policyLine } = parts(page);
	const site = await siteOf(page);
	await expect(policyLine).toHaveValue(embedPolicy(site));
	await expect(policyLine).toHaveValue(`script-src ${new URL('/embed.js', site).href}; frame-src ${new URL('/embed/', site).href}`);
	await expect(policyLine).toHaveAccessibleDescription(/script-src for the script, frame-src for the frame/);
	// The sources do not depend on what the FAQ shows.
	await page.getByRole('radio', { name: 'One topic' }).check();
	await page.getByRole('combobox', { name: 'Topic' }).selectOption('safety');
	await expect(parts(page).scriptCode).toHaveValue(/data-topic="safety"/);
	await expect(policyLine).toHaveValue(embedPolicy(site));
});

test.describe('copying', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('Copy puts each snippet on the clipboard and says "Copied"', async ({ page }) => {
		await page.goto(path);
		const { scriptCode, frameCode, policyLine } = parts(page);
		await page.getByRole('radio', { name: 'One topic' }).check();
		await page.getByRole('combobox', { name: 'Topic' }).selectOption('aftercare');
		for (const [name, code, id] of [
			['Copy policy sources', policyLine, 'csp'],
			['Copy script code', scriptCode, 'script'],
			['Copy frame code', frameCode, 'iframe'],
		] as const) {
			await page.getByRole('button', { name }).click();
			const status = page.locator(`[data-copy-status="${id}"]`);
			await expect(status).toHaveText('Copied');
			await expect(status).toHaveAttribute('role', 'status');
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
		}
		expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('/embed/faq/aftercare/');
	});

	test('without clipboard access, Copy selects the code and says how to copy it', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
		});
		await page.goto(path);
		await page.getByRole('button', { name: 'Copy script code' }).click();
		await expect(page.locator('[data-copy-status="script"]')).toContainText('Press Ctrl+C');
		const selected = await page.evaluate(() => {
			const active = document.activeElement as HTMLTextAreaElement;
			return { id: active.id, text: active.value.slice(active.selectionStart, active.selectionEnd), all: active.value };
		});
		expect(selected.id).toBe('script-code');
		expect(selected.text).toBe(selected.all);
	});
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`no axe violations in ${colorScheme} mode, with every part of the form shown`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto(path);
		await expectNoAxeViolations(page);
		await page.getByRole('radio', { name: 'Questions I pick' }).check();
		await page.locator('input[name="ids"]').first().check();
		await page.getByRole('button', { name: 'Copy script code' }).click();
		await expect(page.locator('[data-copy-status="script"]')).not.toBeEmpty();
		await expectNoAxeViolations(page);
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the page shows the whole-FAQ snippets, the policy sources and the preview, and hides the options', async ({ page }) => {
		await page.goto(path);
		const { form, preview, scriptCode, frameCode, policyLine } = parts(page);
		await expect(page.locator('[data-clinics-no-script]')).toBeVisible();
		await expect(form).toBeHidden();
		await expect(scriptCode).toHaveValue(
			/^<div data-cit-faq><a href="https?:\/\/[^"]+\/faq\/">Microneedling questions and answers<\/a><\/div><script src="https?:\/\/[^"]+\/embed\.js" async><\/script>$/,
		);
		await expect(frameCode).toHaveValue(/^<iframe src="https?:\/\/[^"]+\/embed\/faq\/" title="Microneedling questions" .*><\/iframe>$/);
		await expect(preview).toHaveAttribute('src', '/embed/faq/');
		await expect(preview).toBeVisible();
		await expect(policyLine).toHaveValue(embedPolicy(await siteOf(page)));
		await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
	});
});

/** The aftercare sheet maker: a clinic's name and phone become the link to the filled sheet. */
test.describe('the aftercare sheet maker', () => {
	const clinic = 'Skin & Co';
	const phone = '+1 (555) 010-0199';
	const query = 'clinic=Skin+%26+Co&phone=%2B1+%28555%29+010-0199';

	function sheetParts(page: Page) {
		const maker = page.getByRole('region', { name: "Aftercare sheet with your clinic's details" });
		return {
			maker,
			clinic: maker.getByRole('textbox', { name: 'Clinic name on the sheet (optional)' }),
			phone: maker.getByRole('textbox', { name: 'Phone number on the sheet (optional)' }),
			link: maker.getByRole('textbox', { name: 'Link to the sheet' }),
			open: maker.getByRole('link', { name: 'Open the sheet' }),
		};
	}

	test('makes the link on the site’s address, and opens the filled sheet', async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto(path);
		const parts = sheetParts(page);
		const site = await siteOf(page);
		await expect(parts.link).toHaveValue(new URL('/aftercare/print/', site).href);
		await parts.clinic.fill(clinic);
		await parts.phone.fill(phone);
		await expect(parts.link).toHaveValue(`${new URL('/aftercare/print/', site).href}?${query}`);
		await expect(parts.open).toHaveAttribute('href', new RegExp(`/aftercare/print/\\?${query.replace(/[+()]/g, '\\$&')}$`));
		await parts.open.click();
		await expect(page).toHaveURL(`/aftercare/print/?${query}`);
		await expect(page.locator('[data-clinic-field="clinic"]')).toHaveText(`Your clinic: ${clinic}`);
		await expect(page.locator('[data-clinic-field="phone"]')).toHaveText(`Clinic phone: ${phone}`);
		expect(errors).toEqual([]);
	});

	test('refuses a phone with letters with a message, leaves it out of the link, and does not open the sheet', async ({ page }) => {
		await page.goto(path);
		const parts = sheetParts(page);
		const site = await siteOf(page);
		await parts.clinic.fill(clinic);
		await parts.phone.fill('555-CALL-NOW');
		await parts.phone.blur();
		await expect(parts.phone).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('#sheet-phone-error')).toHaveText(
			'Write the phone number with digits, spaces and + ( ) - . only, such as +1 555 010 0199.',
		);
		await expect(parts.link).toHaveValue(`${new URL('/aftercare/print/', site).href}?clinic=Skin+%26+Co`);
		await expectNoAxeViolations(page);
		// Enter sends the form, which stops at the field to fix.
		await parts.clinic.press('Enter');
		await expect(parts.phone).toBeFocused();
		await expect(page).toHaveURL(path);
		await parts.phone.fill(phone);
		await expect(parts.phone).not.toHaveAttribute('aria-invalid');
		await expect(page.locator('#sheet-phone-error')).toBeEmpty();
		await expect(parts.link).toHaveValue(`${new URL('/aftercare/print/', site).href}?${query}`);
	});

	test('refuses a clinic name with markup with the embed’s message', async ({ page }) => {
		await page.goto(path);
		const parts = sheetParts(page);
		await parts.clinic.fill('<b>Clinic</b>');
		await parts.clinic.blur();
		await expect(parts.clinic).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('#sheet-clinic-error')).toHaveText("Use letters, numbers, spaces and . , ' & ( ) - only.");
		await expect(parts.link).toHaveValue(/\/aftercare\/print\/$/);
	});

	test.describe('copying', () => {
		test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

		test('Copy link puts the link on the clipboard and says "Copied"', async ({ page }) => {
			await page.goto(path);
			const parts = sheetParts(page);
			await parts.clinic.fill(clinic);
			await parts.phone.fill(phone);
			await parts.maker.getByRole('button', { name: 'Copy link' }).click();
			await expect(page.locator('[data-copy-status="sheet"]')).toHaveText('Copied');
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await parts.link.inputValue());
			expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`/aftercare/print/?${query}`);
		});
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('the form opens the sheet with the details in its address', async ({ page }) => {
			await page.goto(path);
			const parts = sheetParts(page);
			await expect(parts.link).toBeHidden();
			await expect(parts.maker.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
			await parts.clinic.fill(clinic);
			await parts.phone.fill(phone);
			await parts.maker.getByRole('button', { name: 'Open the sheet' }).click();
			await expect(page).toHaveURL(`/aftercare/print/?${query}`);
			await expect(page.locator('h1')).toHaveText('Aftercare sheet to print');
		});
	});
});

/** /es/para-clinicas/: the maker speaks Spanish and makes Spanish snippets unless told otherwise. */
test.describe('the Spanish page', () => {
	const es = ui('es');
	const t = es.forClinics;
	const esPath = localizePath(path, 'es');

	function esParts(page: Page) {
		return {
			preview: page.locator('iframe[data-embed-preview]'),
			scriptCode: page.getByRole('textbox', { name: t.scriptCode }),
			frameCode: page.getByRole('textbox', { name: t.frameCode }),
			policyLine: page.getByRole('textbox', { name: t.policy }),
		};
	}

	test('makes Spanish snippets by default, and English ones when English is chosen', async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto(esPath);
		expect(esPath).toBe('/es/para-clinicas/');
		const { scriptCode, frameCode, policyLine } = esParts(page);
		const site = await siteOf(page);
		const languageGroup = page.getByRole('group', { name: t.language });
		await expect(languageGroup.getByRole('radio', { name: 'Español' })).toBeChecked();
		await expect(scriptCode).toHaveValue(
			`<div data-cit-faq data-lang="es"><a href="${new URL('/es/preguntas/', site).href}">${es.embed.snippetLink}</a></div>` +
				`<script src="${new URL('/embed.js', site).href}" async></script>`,
		);
		await expect(frameCode).toHaveValue(new RegExp(`^<iframe src="${new URL('/es/embed/faq/', site).href}" title="${es.embed.title()}" `));
		await expect(policyLine).toHaveValue(embedPolicy(site, 'es'));
		expect(await previewPath(page)).toBe('/es/embed/faq/');
		await expect(page.frameLocator('iframe[data-embed-preview]').locator('html')).toHaveAttribute('lang', 'es');

		// One topic, a colour and a name, in Spanish.
		await page.getByRole('radio', { name: t.oneTopic }).check();
		await page.getByRole('combobox', { name: t.topic }).selectOption('safety');
		await page.getByRole('textbox', { name: t.name }).fill('Clínica Piel');
		await expect(scriptCode).toHaveValue(
			/^<div data-cit-faq data-lang="es" data-topic="safety" data-name="Clínica Piel"><a href="[^"]+\/es\/preguntas\/safety\/">/,
		);
		await expect(frameCode).toHaveValue(
			new RegExp(`/es/embed/faq/safety/\\?name=Cl%C3%ADnica\\+Piel" title="${es.embed.title(es.faqTopics.safety)}"`),
		);
		await expect.poll(() => previewPath(page)).toBe('/es/embed/faq/safety/?name=Cl%C3%ADnica+Piel');
		await expect(page.frameLocator('iframe[data-embed-preview]').locator('[data-embed-name]')).toHaveText(
			`Clínica Piel ${es.embed.sharedBy}`,
		);

		// English: the same options, the English embed.
		await languageGroup.getByRole('radio', { name: 'English' }).check();
		await expect(scriptCode).toHaveValue(
			`<div data-cit-faq data-topic="safety" data-name="Clínica Piel"><a href="${new URL('/faq/safety/', site).href}">${ui('en').embed.snippetLink}</a></div>` +
				`<script src="${new URL('/embed.js', site).href}" async></script>`,
		);
		await expect(frameCode).toHaveValue(
			new RegExp(
				`^<iframe src="${new URL('/embed/faq/safety/', site).href}\\?name=[^"]+" title="${ui('en').embed.title(ui('en').faqTopics.safety)}"`,
			),
		);
		await expect(policyLine).toHaveValue(embedPolicy(site));
		await expect.poll(() => previewPath(page)).toBe('/embed/faq/safety/?name=Cl%C3%ADnica+Piel');
		expect(errors).toEqual([]);
	});

	test('the English page makes Spanish snippets when Español is chosen', async ({ page }) => {
		await page.goto(path);
		const { scriptCode, policyLine } = parts(page);
		await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
		await page.getByRole('radio', { name: 'Español' }).check();
		await expect(scriptCode).toHaveValue(
			new RegExp(`^<div data-cit-faq data-lang="es"><a href="[^"]+/es/preguntas/">${es.embed.snippetLink}</a>`),
		);
		await expect(policyLine).toHaveValue(embedPolicy(await siteOf(page), 'es'));
		await expect.poll(() => previewPath(page)).toBe('/es/embed/faq/');
	});

	test('every message the script shows is in Spanish', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(esPath);
		const accent = page.getByRole('textbox', { name: t.accent });
		await accent.fill('teal');
		await accent.blur();
		await expect(page.locator('#embed-accent-error')).toHaveText(t.accentProblem('#0f766e'));
		const contact = page.getByRole('textbox', { name: t.booking });
		await contact.fill('http://clinic.example/');
		await contact.blur();
		await expect(page.locator('#embed-contact-error')).toHaveText(t.contactProblem);
		const name = page.getByRole('textbox', { name: t.name });
		await name.fill('<b>Clínica</b>');
		await name.blur();
		await expect(page.locator('#embed-name-error')).toHaveText(t.nameProblem);
		await page.getByRole('radio', { name: t.picked }).check();
		await expect(page.locator('[data-pick-hint]')).toHaveText(`${t.pickHint} ${t.pickNone}`);
		await page.getByRole('button', { name: t.copyScript }).click();
		await expect(page.locator('[data-copy-status="script"]')).toHaveText(t.copied);

		// The aftercare sheet maker: the Spanish sheet, and its messages.
		const maker = page.getByRole('region', { name: t.sheet });
		const phone = maker.getByRole('textbox', { name: t.phone });
		await phone.fill('555-LLAME-YA');
		await phone.blur();
		await expect(page.locator('#sheet-phone-error')).toHaveText(t.phoneProblem('+1 555 010 0199'));
		await maker.getByRole('textbox', { name: t.clinicName }).fill('Clínica Piel');
		const sheetPath = localizePath('/aftercare/print/', 'es');
		await expect(maker.getByRole('textbox', { name: t.sheetLink })).toHaveValue(
			`${new URL(sheetPath, await siteOf(page)).href}?clinic=Cl%C3%ADnica+Piel`,
		);
		await expect(maker.getByRole('link', { name: t.openSheet })).toHaveAttribute('href', new RegExp(`${sheetPath}\\?clinic=`));
		await expectNoAxeViolations(page);
	});

	test('without clipboard access, Copy says in Spanish how to copy', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
		});
		await page.goto(esPath);
		await page.getByRole('button', { name: t.copyPolicy }).click();
		await expect(page.locator('[data-copy-status="csp"]')).toHaveText(t.selected.line);
		await page.getByRole('button', { name: t.copyLink }).click();
		await expect(page.locator('[data-copy-status="sheet"]')).toHaveText(t.selected.link);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('the page shows the Spanish whole-FAQ snippets and policy sources', async ({ page }) => {
			await page.goto(esPath);
			const { scriptCode, frameCode, policyLine, preview } = esParts(page);
			await expect(scriptCode).toHaveValue(/^<div data-cit-faq data-lang="es"><a href="[^"]+\/es\/preguntas\/">/);
			await expect(frameCode).toHaveValue(/^<iframe src="[^"]+\/es\/embed\/faq\/" /);
			await expect(policyLine).toHaveValue(embedPolicy(await siteOf(page), 'es'));
			await expect(preview).toHaveAttribute('src', '/es/embed/faq/');
		});
	});
});
