/**
 * Every section page ends with "More help": where to find a board-certified dermatologist,
 * check a license, report a problem (the FDA's MedWatch) and read more from the bodies the site
 * cites. The links come from content/more-help.yaml, so each page lists the same ones.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { sections } from '../src/site/sections';

const entries = parse(readFileSync('content/more-help.yaml', 'utf8')) as Record<string, { title: string; order: number }>;
const titles = Object.values(entries)
	.sort((a, b) => a.order - b.order)
	.map((entry) => entry.title);

for (const section of sections) {
	test(`${section.path} ends with More help`, async ({ page }) => {
		await page.goto(section.path);
		const box = page.getByRole('complementary', { name: 'More help' });
		const links = box.getByRole('link');
		await expect(links).toHaveText(titles);
		for (const href of await links.evaluateAll((nodes) => nodes.map((node) => (node as HTMLAnchorElement).href))) {
			expect(new URL(href).protocol, href).toBe('https:');
		}
		await expect(box.getByRole('link', { name: /MedWatch/ })).toHaveAttribute('href', /^https:\/\/www\.fda\.gov\//);
	});
}
