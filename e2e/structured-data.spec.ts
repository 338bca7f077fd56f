import { expect, type Page, test } from '@playwright/test';

/** Every JSON-LD object on the page, arrays flattened. */
async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
	const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
	return blocks.flatMap((text) => [JSON.parse(text) as Record<string, unknown> | Record<string, unknown>[]].flat());
}

const ofType = (items: Record<string, unknown>[], type: string) => items.filter((item) => item['@type'] === type);

test('section pages are MedicalWebPages for patients with their review date and health aspects', async ({ page }) => {
	await page.goto('/side-effects/');
	const [webPage] = ofType(await jsonLd(page), 'MedicalWebPage');
	expect(webPage).toMatchObject({
		lastReviewed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
		medicalAudience: { '@type': 'Patient' },
	});
	const aspects = (webPage?.hasPart as { hasHealthAspect: string }[]).map((part) => part.hasHealthAspect);
	expect(aspects).toContain('https://schema.org/SideEffectsHealthAspect');
	expect(aspects).toContain('https://schema.org/SeeDoctorHealthAspect');
	const shown = await page.locator('.review-dates time').first().getAttribute('datetime');
	expect(webPage?.lastReviewed).toBe(shown);
});

test('no page claims a reviewer: no clinician has reviewed the guide yet', async ({ page }) => {
	for (const path of ['/', '/side-effects/', '/procedure/', '/faq/', '/about/', '/embed/faq/']) {
		await page.goto(path);
		const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
		for (const block of blocks) expect(block).not.toMatch(/"reviewedBy"/);
		await expect(page.getByText(/medically reviewed|reviewed by (?:a |our )?(?:doctor|clinician|dermatologist)/i)).toHaveCount(0);
	}
});

test('the procedure page is a MedicalProcedure named with every other name', async ({ page }) => {
	await page.goto('/procedure/');
	const [procedure] = ofType(await jsonLd(page), 'MedicalProcedure');
	expect(procedure?.name).toBe('Microneedling');
	expect(procedure?.alternateName).toEqual(expect.arrayContaining(['collagen induction therapy', 'CIT']));
	expect(procedure?.procedureType).toBe('https://schema.org/PercutaneousProcedure');
});

test('each FAQ topic page is an FAQPage whose answers match the visible questions', async ({ page }) => {
	await page.goto('/faq/');
	const topics = await page.locator('main h2[id^="topic-"] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
	expect(topics.length).toBeGreaterThanOrEqual(5);
	// The index only lists the questions: the answers, and their markup, are on the topic pages.
	expect(ofType(await jsonLd(page), 'FAQPage')).toHaveLength(0);
	for (const topic of topics) {
		await page.goto(topic);
		const [faq] = ofType(await jsonLd(page), 'FAQPage');
		const questions = faq?.mainEntity as { name: string; url: string; acceptedAnswer: { text: string } }[];
		const visible = await page
			.locator('main h2[id]:has(> a[href^="#"])')
			.evaluateAll((headings) => headings.map((heading) => ({ name: heading.textContent!.trim(), id: heading.id })));
		expect(
			questions.map((question) => question.name),
			topic,
		).toEqual(visible.map((question) => question.name));
		expect(questions.map((question) => new URL(question.url).pathname + new URL(question.url).hash)).toEqual(
			visible.map((question) => `${topic}#${question.id}`),
		);
		for (const question of questions) {
			expect(question.acceptedAnswer.text.length).toBeGreaterThan(40);
			expect(question.acceptedAnswer.text).not.toMatch(/<Fact|\*\*/);
		}
	}
});

test('the glossary term microneedling is a DefinedTerm that carries its aliases', async ({ page }) => {
	await page.goto('/glossary/microneedling/');
	const [term] = ofType(await jsonLd(page), 'DefinedTerm');
	expect(term?.name).toBe('Microneedling');
	expect(term?.alternateName).toEqual(expect.arrayContaining(['collagen induction therapy', 'CIT']));
});

test('each term page is the DefinedTerm the glossary points to, with the definition it shows', async ({ page }) => {
	await page.goto('/glossary/');
	const [set] = ofType(await jsonLd(page), 'DefinedTermSet');
	const listed = (set?.hasDefinedTerm as { '@id': string; url: string; description?: string }[]).find((term) =>
		term.url.endsWith('/glossary/microneedling/'),
	);
	expect(listed).toBeDefined();
	expect(listed?.description).toBeUndefined();
	await page.goto(new URL(listed!.url).pathname);
	const [term] = ofType(await jsonLd(page), 'DefinedTerm');
	expect(term?.['@id']).toBe(listed?.['@id']);
	expect(term?.inDefinedTermSet).toBe(set?.['@id']);
	const shown = await page.locator('#term').textContent();
	expect(shown).toContain(term?.description as string);
});
