import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAftercareAnchors, shortLinkOf, shortLinkRedirects } from './short-links';

const phases = [
	{ id: 'first-day', steps: [{ id: 'clean-hands' }, { id: 'no-makeup' }] },
	{ id: 'first-week', steps: [{ id: 'spf-daily' }] },
];

describe('shortLinkRedirects', () => {
	it('sends /a/ to the page and /a/<id>/ to the anchor of every phase and step, in each language', () => {
		expect(shortLinkRedirects(phases, { removed: {} })).toEqual({
			'/a/': '/aftercare/',
			'/a/first-day/': '/aftercare/#first-day',
			'/a/clean-hands/': '/aftercare/#clean-hands',
			'/a/no-makeup/': '/aftercare/#no-makeup',
			'/a/first-week/': '/aftercare/#first-week',
			'/a/spf-daily/': '/aftercare/#spf-daily',
			'/es/a/': '/es/cuidados-posteriores/',
			'/es/a/first-day/': '/es/cuidados-posteriores/#first-day',
			'/es/a/clean-hands/': '/es/cuidados-posteriores/#clean-hands',
			'/es/a/no-makeup/': '/es/cuidados-posteriores/#no-makeup',
			'/es/a/first-week/': '/es/cuidados-posteriores/#first-week',
			'/es/a/spf-daily/': '/es/cuidados-posteriores/#spf-daily',
		});
	});

	it('keeps the short link of a removed id in each language, landing on the id it now points to', () => {
		const redirects = shortLinkRedirects(phases, { removed: { 'no-sun': 'spf-daily' } });
		expect(redirects['/a/no-sun/']).toBe('/aftercare/#spf-daily');
		expect(redirects['/es/a/no-sun/']).toBe('/es/cuidados-posteriores/#spf-daily');
	});

	it('never lets a removed id override a live one', () => {
		const redirects = shortLinkRedirects(phases, { removed: { 'spf-daily': 'clean-hands' } });
		expect(redirects['/a/spf-daily/']).toBe('/aftercare/#spf-daily');
		expect(redirects['/es/a/spf-daily/']).toBe('/es/cuidados-posteriores/#spf-daily');
	});

	it('writes short links with a trailing slash, as the site does, under the language’s prefix', () => {
		expect(shortLinkOf('avoid-sun')).toBe('/a/avoid-sun/');
		expect(shortLinkOf('avoid-sun', 'es')).toBe('/es/a/avoid-sun/');
	});
});

describe('readAftercareAnchors', () => {
	it('reads ids from the YAML files in page order, skipping what it cannot read', () => {
		const root = mkdtempSync(join(tmpdir(), 'aftercare-anchors-'));
		mkdirSync(join(root, 'aftercare'));
		writeFileSync(join(root, 'aftercare', 'later.yaml'), 'order: 2\nsteps:\n  - id: b\n  - text: no id\n');
		writeFileSync(join(root, 'aftercare', 'sooner.yaml'), 'order: 1\nsteps:\n  - id: a\n');
		writeFileSync(join(root, 'aftercare', 'broken.yaml'), 'order: [\n');
		writeFileSync(join(root, 'aftercare', 'published-ids.json'), '{}');
		expect(readAftercareAnchors(root)).toEqual([
			{ id: 'broken', steps: [] },
			{ id: 'sooner', steps: [{ id: 'a' }] },
			{ id: 'later', steps: [{ id: 'b' }] },
		]);
	});

	it('finds no phases where there is no aftercare folder', () => {
		expect(readAftercareAnchors(mkdtempSync(join(tmpdir(), 'no-aftercare-')))).toEqual([]);
	});

	it('reads the real content: phases in page order, each with steps', () => {
		const anchors = readAftercareAnchors();
		expect(anchors.map((phase) => phase.id)).toEqual(['before-appointment', 'first-24-hours', 'days-2-3', 'first-week', 'ongoing']);
		for (const phase of anchors) expect(phase.steps.length, phase.id).toBeGreaterThan(0);
	});
});
