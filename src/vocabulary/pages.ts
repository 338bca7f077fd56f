/**
 * The vocabulary and the words on each page: which terms a page mentions (for its search
 * synonyms) and which pages mention a term (for its glossary page) come from this one reading
 * of what each page shows (src/model/page-content.ts, which the pages render from), with the
 * same term matcher the build-time linker uses.
 */
import { getCollection } from 'astro:content';
import { pageWords } from '../model/plain-text';
import { dataValues } from '../model/data-values';
import { contentPages } from '../model/page-content';
import { createTermMatcher } from './matcher';
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
	}));
}

/** A page's address, title and the words it shows. */
interface PageText {
	path: string;
	title: string;
	text: string;
	/** The glossary terms the words mention, in order of first mention. */
	termIds: string[];
}

let cache: Promise<PageText[]> | undefined;

/** Every content page's words, read once per build. */
function pageTexts(): Promise<PageText[]> {
	cache ??= readPageTexts();
	return cache;
}

async function readPageTexts(): Promise<PageText[]> {
	const value = await dataValues();
	const matcher = createTermMatcher(await vocabulary());
	return (await contentPages()).map((content) => {
		const text = pageWords(content, value);
		return { path: content.path, title: content.title, text, termIds: [...new Set(matcher.find(text).map((mention) => mention.id))] };
	});
}

/** The glossary terms a page mentions. */
export async function termsOnPage(path: string): Promise<VocabularyTerm[]> {
	const page = (await pageTexts()).find((candidate) => candidate.path === path);
	const terms = await vocabulary();
	return (page?.termIds ?? []).flatMap((id) => terms.filter((term) => term.id === id));
}

/** The pages outside the glossary that mention a term, in the site's reading order. */
export async function pagesMentioning(termId: string): Promise<PageText[]> {
	return (await pageTexts()).filter((page) => !page.path.startsWith('/glossary/') && page.termIds.includes(termId));
}
