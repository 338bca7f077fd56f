/**
 * The vocabulary and the words on each page, read from the content collections: which terms a
 * page mentions (for its search synonyms) and which pages mention a term (for its glossary page)
 * come from this one reading, with the same term matcher the build-time linker uses.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { dataText, mdxToPlainText } from '../model/plain-text';
import { dataValues } from '../model/data-values';
import { isCurrentSection, sections } from '../site/sections';
import { groupInOrder } from '../model/order';
import { faqTopicPath } from '../site/related';
import { faqTopics, type FaqTopic } from '../schemas/faq';
import { topicTitle } from '../model/faq';
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
	const entryText = (entry: { data: unknown; body?: string | undefined }) =>
		`${dataText(entry.data)} ${mdxToPlainText(entry.body ?? '', value)}`;
	const matcher = createTermMatcher(await vocabulary());
	const mentioned = (text: string) => [...new Set(matcher.find(text).map((mention) => mention.id))];

	const pages = await getCollection('pages');
	const sectionPages = await Promise.all(
		pages.map(async (page) => {
			const section = sections.find((candidate) => candidate.page === page.id);
			const parts: { data: unknown; body?: string | undefined }[] = section ? await getCollection(section.collection) : [];
			// The FAQ index shows each question and its one-line answer; the answers are on the topic pages.
			const partText = section?.collection === 'faq' ? (part: { data: unknown }) => dataText(part.data) : entryText;
			const text = [entryText(page), ...parts.map(partText)].join(' ');
			return { path: page.id === 'home' ? '/' : `/${page.id}/`, title: page.data.title, text, termIds: mentioned(text) };
		}),
	);
	const faqPage = pages.find((page) => page.id === 'faq');
	const topics = groupInOrder(Object.keys(faqTopics) as FaqTopic[], await getCollection('faq'), (entry) => entry.data.topic);
	const topicPages = topics.map(({ key, entries }) => {
		const text = [faqPage ? entryText(faqPage) : '', ...entries.map(entryText)].join(' ');
		return { path: faqTopicPath(key), title: topicTitle(key), text, termIds: mentioned(text) };
	});
	const termPages = (await getCollection('glossary')).map((entry: CollectionEntry<'glossary'>) => {
		const text = entryText(entry);
		return { path: `/glossary/${entry.id}/`, title: entry.data.term, text, termIds: mentioned(text) };
	});
	// Home first, then the sections in navigation order (the FAQ's topic pages after its index),
	// then the footer pages; the sort is stable, so each section's pages keep the order above.
	const rank = (path: string) => (path === '/' ? -1 : sections.findIndex((section) => isCurrentSection(section.path, path)) >>> 0);
	return [...[...sectionPages, ...topicPages].sort((a, b) => rank(a.path) - rank(b.path)), ...termPages];
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
