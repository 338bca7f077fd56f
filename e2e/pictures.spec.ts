/**
 * Pictures have words: every drawing on every page (`svg[role="img"]`) has a name a screen
 * reader reads instead (the explanatory drawings a title and a description, the QR code a
 * label), and the side-effects chart names every side
 * effect with how long it lasts, from the same entries the page's sections show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { parse } from 'yaml';
import { builtPage, sitemapPaths } from './fixtures/site';

test('every drawing has words a screen reader reads instead', () => {
	const missing: string[] = [];
	let drawings = 0;
	for (const path of sitemapPaths()) {
		for (const svg of selectAll('svg[role="img"]', builtPage(path))) {
			drawings += 1;
			const texts = (ids: unknown) =>
				[ids ?? []].flat().map((id) =>
					selectAll(`[id="${String(id)}"]`, svg)
						.map((node) => toString(node).trim())
						.join(' '),
				);
			const name = [String(svg.properties.ariaLabel ?? ''), ...texts(svg.properties.ariaLabelledBy)].join(' ').trim();
			// A drawing with a <desc> must be described by it, through aria-labelledby or aria-describedby.
			const descIds = selectAll('desc', svg).map((desc) => String(desc.properties.id ?? ''));
			const referenced = [svg.properties.ariaLabelledBy ?? [], svg.properties.ariaDescribedBy ?? []].flat().map(String);
			const described = descIds.every((id) => id && referenced.includes(id) && texts([id])[0]);
			if (!name || !described) missing.push(`${path}: a drawing named "${name.slice(0, 40)}"`);
		}
	}
	expect(drawings).toBeGreaterThan(2);
	expect(missing).toEqual([]);
});

test('the side-effects chart names every side effect with how long it lasts', () => {
	const dir = new URL('../content/side-effects/', import.meta.url);
	const effects = readdirSync(dir).map(
		(file) => parse(readFileSync(new URL(file, dir), 'utf8').split('---')[1] ?? '') as { title: string; lasts: string },
	);
	const [chart] = selectAll('svg[aria-labelledby~="side-effects-chart-d"]', builtPage('/side-effects/'));
	expect(chart, 'the chart on /side-effects/').toBeDefined();
	const words = toString(selectAll('desc', chart!)[0]!);
	for (const effect of effects) expect(words).toMatch(new RegExp(`${effect.title}, (days|weeks|months or more|varies)`, 'i'));
	expect(selectAll('rect.bar', chart!)).toHaveLength(effects.length);
});
