import { describe, expect, it } from 'vitest';
import { brokenReason, fileOfPage, isExternal, siteRewrite, sortLinkResults } from './link-check';

const site = 'https://microneedling-guide.example';
const local = 'http://127.0.0.1:4567';

describe('siteRewrite', () => {
	it('maps the site’s own address to the local server, and nothing that only starts like it', () => {
		const { pattern, replacement } = siteRewrite(site, local);
		expect(`${site}/aftercare/#avoid-sun`.replace(pattern, replacement)).toBe(`${local}/aftercare/#avoid-sun`);
		expect(site.replace(pattern, replacement)).toBe(local);
		expect('https://microneedling-guide.example.evil/x'.replace(pattern, replacement)).toBe('https://microneedling-guide.example.evil/x');
		expect('http://microneedling-guide.example/x'.replace(pattern, replacement)).toBe('http://microneedling-guide.example/x');
	});
});

describe('isExternal', () => {
	it('skips every web address but the local server and the site', () => {
		expect(isExternal('https://doi.org/10.1/x', local, site)).toBe(true);
		expect(isExternal('http://example.org/', local, site)).toBe(true);
		expect(isExternal(`${local}/faq/`, local, site)).toBe(false);
		expect(isExternal(`${site}/faq/#a`, local, site)).toBe(false);
		expect(isExternal('mailto:someone@example.org', local, site)).toBe(false);
	});
});

describe('fileOfPage', () => {
	it('names the built file of a page', () => {
		expect(fileOfPage('about/', 'dist')).toBe('dist/about/index.html');
		expect(fileOfPage('about/index.html', 'dist')).toBe('dist/about/index.html');
		expect(fileOfPage('./', 'dist')).toBe('dist/index.html');
		expect(fileOfPage('404.html', 'dist')).toBe('dist/404.html');
		expect(fileOfPage('glossary/#terms', 'dist')).toBe('dist/glossary/index.html');
	});
});

describe('brokenReason', () => {
	it('tells a missing anchor from a missing page', () => {
		expect(
			brokenReason({
				url: 'aftercare/#x',
				state: 'BROKEN',
				status: 200,
				failureDetails: [new Error("Fragment identifier '#x' not found on page")],
			}),
		).toBe('missing anchor: /aftercare/#x (no element with id="x" on /aftercare/)');
		expect(brokenReason({ url: 'gone/', state: 'BROKEN', status: 404, failureDetails: [] })).toBe(
			'broken link: /gone/ (404: no such file in the build)',
		);
		expect(brokenReason({ url: 'x', state: 'BROKEN', status: 0, failureDetails: [new Error('socket hang up')] })).toBe(
			'broken link: /x (socket hang up)',
		);
	});
});

describe('sortLinkResults', () => {
	it('reports each broken link and each http: external link once per page, and counts the rest', () => {
		const report = sortLinkResults(
			[
				{ url: 'index.html', state: 'OK', status: 200 },
				{ url: 'about/', state: 'OK', status: 200, parent: 'index.html' },
				{ url: 'gone/', state: 'BROKEN', status: 404, parent: 'index.html' },
				{ url: 'gone/', state: 'BROKEN', status: 404, parent: './' },
				{ url: 'https://doi.org/x', state: 'SKIPPED', parent: 'index.html' },
				{ url: 'http://example.org/', state: 'SKIPPED', parent: 'about/' },
				{ url: 'mailto:a@example.org', state: 'SKIPPED', parent: 'about/' },
			],
			'dist',
		);
		expect(report.problems).toEqual([
			{ file: 'dist/about/index.html', reason: 'external link is not https: http://example.org/' },
			{ file: 'dist/index.html', reason: 'broken link: /gone/ (404: no such file in the build)' },
		]);
		expect(report).toMatchObject({ internalChecked: 3, broken: 1, insecure: 1, externalLinks: 2, externalAddresses: 2 });
	});
});
