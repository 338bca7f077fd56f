/**
 * The site's sections in reading order. The header navigation, the home page's section
 * list, the breadcrumbs, the search filters and the end-to-end test that every section is
 * reachable all use it. `collection` is the content collection the section's page shows.
 */
export const sections = [
	{ page: 'procedure', path: '/procedure/', label: 'Procedure', collection: 'procedure' },
	{ page: 'benefits', path: '/benefits/', label: 'Benefits', collection: 'benefits' },
	{ page: 'side-effects', path: '/side-effects/', label: 'Side effects', collection: 'sideEffects' },
	{ page: 'suitability', path: '/suitability/', label: 'Who it suits', collection: 'suitability' },
	{ page: 'options', path: '/options/', label: 'Options', collection: 'options' },
	{ page: 'aftercare', path: '/aftercare/', label: 'Aftercare', collection: 'aftercare' },
	{ page: 'faq', path: '/faq/', label: 'FAQ', collection: 'faq' },
	{ page: 'glossary', path: '/glossary/', label: 'Glossary', collection: 'glossary' },
] as const;

/** Pages linked from the footer rather than the main navigation. */
export const footerLinks = [
	{ page: 'about', path: '/about/', label: 'About this site' },
	{ page: 'sources', path: '/sources/', label: 'Sources' },
	{ page: 'for-clinics', path: '/for-clinics/', label: 'For clinics' },
] as const;

/** Whether a navigation link is the current page or a parent of it (for `aria-current`). */
export function isCurrentSection(linkPath: string, currentPath: string): boolean {
	const normalized = currentPath.endsWith('/') ? currentPath : `${currentPath}/`;
	return normalized === linkPath || normalized.startsWith(linkPath);
}

/**
 * The part of the site an English address belongs to: a section page and the pages below it are
 * the section's, footer pages their own, and everything else the home page's.
 */
export function sitePartOf(path: string): (typeof sections)[number]['page'] | (typeof footerLinks)[number]['page'] | 'home' {
	return (
		(sections.find((section) => isCurrentSection(section.path, path)) ?? footerLinks.find((link) => isCurrentSection(link.path, path)))
			?.page ?? 'home'
	);
}

/**
 * The section a page belongs to, as search shows and filters it: a section page and the pages
 * below it take the section's label, footer pages their own, and the home page "Home".
 */
export function sectionLabel(path: string): string {
	const section = sections.find((candidate) => isCurrentSection(candidate.path, path));
	if (section) return section.label;
	const footerPage = footerLinks.find((link) => isCurrentSection(link.path, path));
	return footerPage?.label ?? 'Home';
}
