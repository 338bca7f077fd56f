/**
 * The vocabulary and the words on each page: which terms a page mentions (for its search
 * synonyms, which also count a term's search names) and which pages mention a term (for its
 * glossary page, which counts only its names) come from this one reading
 * of what each page shows (src/model/page-content.ts, which the pages render from), with the
 * same term matcher the build-time linker uses.
 */
import { getCollection } from 'astro:content';
import { pageWords } from '../model/plain-text';
import { dataValues } from '../model/data-values';
import { contentPages } from '../model/page-content';
import { createTermMatcher, type TermMention } from './matcher';
import type { VocabularyTerm } from './terms';

/** The glossary as plain vocabulary, for the matcher, the search page and the synonyms. */
export async function vocabulary(): Promise<VocabularyTerm[]> {
	return (await getCollection('glossary')).map(({ id, data }) => ({
		id,
		term: data.term,
		aliases: data.aliases,
		abbreviation: data.abbreviation,
		abbreviationOf: data.abbreviationOf,
		definition: data.definition,
		variants: data.variants,
		searchNames: data.searchNames,
	}));
}

/** A page's address, title and the words it shows. */
interface PageText {
	path: string;
	title: string;
	text: string;
	/** The glossary terms the words mention, in order of first mention. */
	termIds: string[];
	/**
	 * The terms search finds the page by: those it mentions, and those whose search names it uses.
	 * A query for "cold sores" becomes the names of herpes simplex, so a page that says only "cold
	 * sore" must carry those names too, or the query would no longer find it.
	 */
	searchTermIds: string[];
}

let cache: Promise<PageText[]> | undefined;

/** Every content page's words, read once per build. */
function pageTexts(): Promise<PageText[]> {
	cache ??= readPageTexts();
	return cache;
}

async function readPageTexts(): Promise<PageText[]> {
	const value = await dataValues();
	const terms = await vocabulary();
	const matcher = createTermMatcher(terms);
	const searchMatcher = createTermMatcher(terms, { searchNames: true });
	const ids = (mentions: TermMention[]) => [...new Set(mentions.map((mention) => mention.id))];
	return (await contentPages()).map((content) => {
		const text = pageWords(content, value);
		return {
			path: content.path,
			title: content.title,
			text,
			termIds: ids(matcher.find(text)),
			searchTermIds: ids(searchMatcher.find(text)),
		};
	});
}

/** The glossary terms search finds a page by: those it mentions, or whose search names it uses. */
export async function termsOnPage(path: string): Promise<VocabularyTerm[]> {
	const page = (await pageTexts()).find((candidate) => candidate.path === path);
	const terms = await vocabulary();
	return (page?.searchTermIds ?? []).flatMap((id) => terms.filter((term) => term.id === id));
}

/** The pages outside the glossary that mention a term, in the site's reading order. */
export async function pagesMentioning(termId: string): Promise<PageText[]> {
	return (await pageTexts()).filter((page) => !page.path.startsWith('/glossary/') && page.termIds.includes(termId));
}
