/**
 * What the search page tells its script (SearchPage.astro writes it as JSON): the words to show,
 * the parts of the site with their addresses and section labels, and its own addresses, all in
 * the page's language, so one script serves every language.
 */
import { isCurrentSection } from '../site/sections';
import type { SearchText } from './messages';

export interface SearchPageSetup {
	text: SearchText;
	/** The sections in reading order, then the footer's pages: each one's address and label, the value of its section filter. */
	sections: { path: string; label: string }[];
	/** The home page's section label. */
	home: string;
	/** The search page itself, for the address of each search. */
	searchPath: string;
	glossaryPath: string;
	/** The index's words, for spelling suggestions. */
	wordsPath: string;
}

/** The section filter's order: the navigation's, then the footer pages and the home page. */
export function sectionOrder(setup: SearchPageSetup): string[] {
	return [...setup.sections.map((part) => part.label), setup.home];
}

/** The section label of a page, as the content layout gives it: that of the part it is in, or the home page's. */
export function sectionOf(path: string, setup: SearchPageSetup): string {
	return setup.sections.find((part) => isCurrentSection(part.path, path))?.label ?? setup.home;
}
