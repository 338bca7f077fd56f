/**
 * The vocabulary and the words on each page: which terms a page mentions (for its search
 * synonyms, which also count a term's search names) and which pages mention a term (for its
 * glossary page, which counts only its names) come from this one reading
 * of what each page shows (src/model/page-content.ts, which the pages render from), with the
 * same term matcher the build-time linker uses.
 */
import type { Lang } from '../i18n/languages';
import { localizePath } from '../i18n/routes';
import { dataValues } from '../model/data-values';
import { localCollection } from '../model/localized';
import { oncePerLanguage } from '../model/once-per-language';
import { contentPages } from '../model/page-content';
import { pageWords } from '../model/plain-text';
import { formsOf } from './link-terms';
import { createTermMatcher, type TermMention } from './matcher';
import type { VocabularyTerm } from './terms';

/** The glossary in one language as plain vocabulary, for the matcher, the search page and the synonyms; read once per build. */
export const vocabulary = oncePerLanguage(readVocabulary);

async function readVocabulary(lang: Lang): Promise<VocabularyTerm[]> {
	return (await localCollection('glossary', lang)).map(({ id, data }) => ({
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

/** The pages' words, and the two ways the routes look them up: by page, and by term. */
interface PageIndex {
	/** The terms search finds each page by, by path. */
	searchTerms: Map<string, VocabularyTerm[]>;
	/** The pages outside the glossary that mention each term, by term id, in reading order. */
	mentioning: Map<string, PageText[]>;
}

/** Every content page's words and terms in one language, read and indexed once per build, so each page only looks itself up. */
const pageIndex = oncePerLanguage(readPageIndex);

async function readPageIndex(lang: Lang): Promise<PageIndex> {
	const value = await dataValues(lang);
	const terms = await vocabulary(lang);
	const byId = new Map(terms.map((term) => [term.id, term]));
	const forms = formsOf[lang];
	const matcher = createTermMatcher(terms, { forms });
	const searchMatcher = createTermMatcher(terms, { searchNames: true, forms });
	const glossaryPath = localizePath('/glossary/', lang);
	const ids = (mentions: TermMention[]) => [...new Set(mentions.map((mention) => mention.id))];
	const index: PageIndex = { searchTerms: new Map(), mentioning: new Map() };
	for (const content of await contentPages(lang)) {
		const text = pageWords(content, value);
		const page: PageText = {
			path: content.path,
			title: content.title,
			text,
			termIds: ids(matcher.find(text)),
			searchTermIds: ids(searchMatcher.find(text)),
		};
		index.searchTerms.set(
			page.path,
			page.searchTermIds.map((id) => byId.get(id)!),
		);
		if (page.path.startsWith(glossaryPath)) continue;
		for (const id of page.termIds) {
			const pages = index.mentioning.get(id) ?? [];
			pages.push(page);
			index.mentioning.set(id, pages);
		}
	}
	return index;
}

/** The glossary terms search finds a page by: those it mentions, or whose search names it uses. */
export async function termsOnPage(path: string, lang: Lang): Promise<VocabularyTerm[]> {
	return (await pageIndex(lang)).searchTerms.get(path) ?? [];
}

/** The pages outside the glossary that mention a term, in the site's reading order. */
export async function pagesMentioning(termId: string, lang: Lang): Promise<PageText[]> {
	return (await pageIndex(lang)).mentioning.get(termId) ?? [];
}
