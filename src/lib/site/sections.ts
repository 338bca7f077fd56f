/**
 * The site's sections in reading order. The header navigation, the home page's section
 * list, the breadcrumbs and the end-to-end test that every section is reachable all use it.
 */
export const sections = [
	{ page: 'procedure', path: '/procedure/', label: 'Procedure' },
	{ page: 'benefits', path: '/benefits/', label: 'Benefits' },
	{ page: 'side-effects', path: '/side-effects/', label: 'Side effects' },
	{ page: 'suitability', path: '/suitability/', label: 'Who it suits' },
	{ page: 'aftercare', path: '/aftercare/', label: 'Aftercare' },
	{ page: 'faq', path: '/faq/', label: 'FAQ' },
	{ page: 'glossary', path: '/glossary/', label: 'Glossary' },
] as const;

/** Pages linked from the footer rather than the main navigation. */
export const footerLinks = [
	{ page: 'about', path: '/about/', label: 'About this site' },
	{ page: 'sources', path: '/sources/', label: 'Sources' },
] as const;

export type SectionPage = (typeof sections)[number]['page'] | (typeof footerLinks)[number]['page'];

/** Whether a navigation link is the current page or a parent of it (for `aria-current`). */
export function isCurrentSection(linkPath: string, currentPath: string): boolean {
	const normalized = currentPath.endsWith('/') ? currentPath : `${currentPath}/`;
	return normalized === linkPath || normalized.startsWith(linkPath);
}
