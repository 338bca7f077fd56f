/**
 * What each content page shows: its `pages` entry and the entries below it, in page order. The
 * pages render from these functions, and the vocabulary reads the same list for the terms each
 * page mentions and the pages that mention a term, so the two cannot drift apart.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { aftercarePhases } from './aftercare';
import type { ShownEntry } from './claims';
import { requiredEntry } from './entries';
import { faqData, topicTitle } from './faq';
import { byOrder } from './order';
import type { FaqTopic } from '../schemas/faq';
import { entryPath, faqTopicPath } from '../site/related';
import { isCurrentSection, sections } from '../site/sections';

/** A content page and what it shows. */
interface PageContent<Part extends ShownEntry = ShownEntry> {
	path: string;
	/** Its heading (h1) and title. */
	title: string;
	/** Its `pages` entry: its review dates, sources and, unless `intro` is false, its introduction. */
	page: CollectionEntry<'pages'>;
	/** Whether it shows the `pages` entry's introduction; a glossary term's page shows the term in its place. */
	intro: boolean;
	/** The entries it shows below the introduction, in page order: their review dates and sources count for the page. */
	parts: readonly Part[];
	/** How much of each part it shows: all of it, or only its fields (an index that leads on to where the rest is). */
	shows: 'whole' | 'fields';
}

type Shown = Pick<PageContent, 'parts'> & Partial<Pick<PageContent, 'shows'>>;

/** What the page of each `pages` entry shows besides it, with anything more its page renders from. */
const contents = {
	home: async () => ({ parts: [] }),
	procedure: async () => ({ parts: (await getCollection('procedure')).sort(byOrder) }),
	benefits: async () => ({ parts: (await getCollection('benefits')).sort(byOrder) }),
	'side-effects': async () => {
		const effects = await getCollection('sideEffects');
		const normalSigns = await getCollection('isThisNormal');
		return { effects, normalSigns, parts: [...effects, ...normalSigns] };
	},
	suitability: async () => ({ parts: await getCollection('suitability') }),
	options: async () => ({ parts: (await getCollection('options')).sort(byOrder) }),
	aftercare: async () => ({ parts: await aftercarePhases() }),
	// Each question with its summary; the answers are on the topic pages.
	faq: async () => ({ parts: (await faqData()).questions, shows: 'fields' }),
	// Each term with its other names and definition; the rest is on the term's page.
	glossary: async () => ({ parts: await getCollection('glossary'), shows: 'fields' }),
	about: async () => ({ parts: [] }),
	'decision-sheet': async (page) => {
		const [answer] = page.data.showsAnswers ?? [];
		if (!answer)
			throw new Error(
				'content/pages/decision-sheet.mdx → showsAnswers: add the id of the FAQ answer whose questions the sheet shows, for example [consultation-questions].',
			);
		const questions = await requiredEntry('faq', answer.id);
		return { questions, parts: [questions] };
	},
	'for-clinics': async () => ({ parts: [] }),
	sources: async () => ({ parts: [] }),
} satisfies Record<string, (page: CollectionEntry<'pages'>) => Promise<Shown>>;

type Contents = typeof contents;
type ContentPageId = keyof Contents;

/** The address of a `pages` entry's page: `/` for the home page, `/<id>/` for the others. */
export function pagePath(id: string): string {
	return id === 'home' ? '/' : `/${id}/`;
}

/** What the page of one `pages` entry shows, its parts and anything more with their own types (a procedure page's steps). */
type ContentOf<Id extends ContentPageId> = Omit<PageContent, keyof Awaited<ReturnType<Contents[Id]>>> & Awaited<ReturnType<Contents[Id]>>;

// Each page's reader: its `pages` entry, then its row of the table.
const readers = Object.fromEntries(
	Object.entries(contents).map(([id, shown]) => [
		id,
		async (): Promise<PageContent> => {
			const page = await requiredEntry('pages', id);
			return { path: pagePath(id), title: page.data.title, page, intro: true, shows: 'whole', ...(await shown(page)) };
		},
	]),
) as { [Id in ContentPageId]: () => Promise<ContentOf<Id>> };

/** What the page of a `pages` entry shows: `await pageContent('procedure')` → its entry and its steps in order. */
export function pageContent<Id extends ContentPageId>(id: Id): Promise<ContentOf<Id>> {
	return readers[id]();
}

/** The FAQ's page per topic, in page order: the FAQ's introduction, then the topic's questions and answers. */
export async function faqTopicPages(): Promise<(PageContent<CollectionEntry<'faq'>> & { topic: FaqTopic })[]> {
	const page = await requiredEntry('pages', 'faq');
	const { groups } = await faqData();
	return groups.map(({ key, entries }) => ({
		path: faqTopicPath(key),
		title: topicTitle(key),
		page,
		intro: true,
		parts: entries,
		shows: 'whole',
		topic: key,
	}));
}

/** The glossary's page per term: the term, its definition and its body, in place of the glossary's introduction. */
export async function glossaryTermPages(): Promise<(PageContent<CollectionEntry<'glossary'>> & { entry: CollectionEntry<'glossary'> })[]> {
	const page = await requiredEntry('pages', 'glossary');
	return (await getCollection('glossary')).map((entry) => ({
		path: entryPath('glossary', entry.id),
		title: entry.data.term,
		page,
		intro: false,
		parts: [entry],
		shows: 'whole',
		entry,
	}));
}

let cache: Promise<PageContent[]> | undefined;

/**
 * Every content page, read once per build, in the site's reading order: home, the sections in
 * navigation order (the FAQ's topic pages after its index), the other pages, then the glossary's
 * term pages. Printable copies (the aftercare sheets) and the pages of single sources are not
 * here: they show what these pages show, or a source's own words.
 */
export function contentPages(): Promise<PageContent[]> {
	cache ??= readContentPages();
	return cache;
}

async function readContentPages(): Promise<PageContent[]> {
	const pages = await Promise.all((Object.keys(contents) as ContentPageId[]).map((id) => pageContent(id)));
	// The sort is stable, so pages of one rank keep the order above.
	const rank = (path: string) => (path === '/' ? -1 : sections.findIndex((section) => isCurrentSection(section.path, path)) >>> 0);
	const sorted = [...pages, ...(await faqTopicPages())].sort((a, b) => rank(a.path) - rank(b.path));
	return [...sorted, ...(await glossaryTermPages())];
}
