import { describe, expect, it } from 'vitest';
import { isCurrentSection, sectionLabel, sections, sitePartOf } from './sections';

describe('isCurrentSection', () => {
	it('matches the section page and pages below it, with or without a trailing slash', () => {
		expect(isCurrentSection('/glossary/', '/glossary/')).toBe(true);
		expect(isCurrentSection('/glossary/', '/glossary/collagen/')).toBe(true);
		expect(isCurrentSection('/faq/', '/faq')).toBe(true);
		expect(isCurrentSection('/faq/', '/')).toBe(false);
		expect(isCurrentSection('/procedure/', '/procedures-old/')).toBe(false);
	});
});

describe('sections', () => {
	it('gives every section a distinct path under the root', () => {
		const paths = sections.map((section) => section.path);
		expect(new Set(paths).size).toBe(paths.length);
		for (const path of paths) expect(path).toMatch(/^\/[a-z-]+\/$/);
	});
});

describe('sitePartOf', () => {
	it('finds the page id of the part of the site an address is in', () => {
		expect(sitePartOf('/side-effects/#get-help')).toBe('side-effects');
		expect(sitePartOf('/faq/treatment/')).toBe('faq');
		expect(sitePartOf('/sources/fda-microneedling/')).toBe('sources');
		expect(sitePartOf('/decision-sheet/')).toBe('home');
	});
});

describe('sectionLabel', () => {
	it('names the section of a page, its sub-pages, footer pages and the home page', () => {
		expect(sectionLabel('/side-effects/')).toBe('Side effects');
		expect(sectionLabel('/glossary/collagen/')).toBe('Glossary');
		expect(sectionLabel('/about/')).toBe('About this site');
		expect(sectionLabel('/for-clinics/')).toBe('For clinics');
		expect(sectionLabel('/')).toBe('Home');
	});
});
