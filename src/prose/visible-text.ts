/**
 * Which parts of a built page are not prose a reader sees, for every check that reads a page's
 * text: the spelling check (`htmlViews` in tools/checks/spelling.ts) and the reading grade
 * (`mainText` in readability-report.ts). Each adds only the exclusions its own purpose needs.
 */
import type { Element } from 'hast';

/**
 * Elements whose content is never our prose: scripts (JSON-LD included), styles, templates, code
 * and addresses to copy (`pre`, `code`, `textarea`: the clinics' embed snippet), and block
 * quotations, a source's own words as published, left as written like `quote` fields.
 */
export const notProseElements: readonly string[] = ['script', 'style', 'template', 'pre', 'code', 'textarea', 'blockquote'];

/**
 * Whether an element is search-only text no reader sees (`<div hidden data-pagefind-ignore>`):
 * its synonyms include the glossary's wrong spellings on purpose, so a search for them still works.
 */
export function isSearchOnly(element: Element): boolean {
	return Boolean(element.properties.hidden) && element.properties.dataPagefindIgnore !== undefined;
}
