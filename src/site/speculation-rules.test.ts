import { describe, expect, it } from 'vitest';
import { speculationRules } from './speculation-rules';

const origin = 'https://microneedling-guide.example';

interface Rules {
	prefetch: { where: { and: [{ href_matches: string }, { not: { href_matches: string[] } }] }; eagerness: string }[];
	prerender?: unknown;
}

/** Whether the rules of the page at `page` fetch `href` ahead, matched as the browser matches `href_matches`. */
function fetchedAhead(page: string, href: string): boolean {
	const [rule] = (JSON.parse(speculationRules(page)) as Rules).prefetch;
	const [included, { not }] = rule!.where.and;
	const url = new URL(href, `${origin}${page}`).href;
	const matches = (pattern: string) => new URLPattern(pattern, `${origin}${page}`).test(url);
	return matches(included.href_matches) && !not.href_matches.some(matches);
}

describe('speculation rules', () => {
	it('fetch our other pages ahead, whatever their query or fragment', () => {
		for (const href of ['/', '/procedure/', '/faq/', '/glossary/cit/', '/sources/aad-microneedling/#q-1', '/search/?q=redness']) {
			expect(fetchedAhead('/faq/safety/', href), href).toBe(true);
		}
	});
	it('leave out files, short links, embeds, other sites and the page itself', () => {
		for (const href of [
			'/embed.js',
			'/sitemap-index.xml',
			'/api/faq.json',
			'/favicon.svg',
			'/a/',
			'/a/avoid-sun/',
			'/es/a/',
			'/es/a/avoid-sun/',
			'/embed/faq/aftercare/',
			'https://www.aad.org/',
			'/faq/safety/',
			'#main',
			'/faq/safety/#does-it-hurt',
		]) {
			expect(fetchedAhead('/faq/safety/', href), href).toBe(false);
		}
	});
	it('read a path with pattern characters as itself', () => {
		expect(fetchedAhead('/(x)/', '/(x)/')).toBe(false);
		expect(fetchedAhead('/(x)/', '/x/')).toBe(true);
	});
	it('prefetch with moderate eagerness, as compact JSON', () => {
		const rules = JSON.parse(speculationRules('/')) as Rules;
		expect(rules.prefetch.map((rule) => rule.eagerness)).toEqual(['moderate']);
		expect(rules.prerender).toBeUndefined();
		expect(speculationRules('/')).not.toMatch(/\s/);
	});
});
