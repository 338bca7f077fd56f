/**
 * What each content page shows: its `pages` entry and the entries below it, in page order. The
 * pages render from these functions, and the vocabulary reads the same list for the terms each
 * page mentions and the pages that mention a term, so the two cannot drift apart.
 */
import type { CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/languages';
import { localizePath } from '../i18n/routes';
import { localCollection } from './localized';
import { oncePerLanguage } from './once-per-language';
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
	procedure: async (_page, lang) => ({ parts: (await localCollection('procedure', lang)).sort(byOrder) }),
	benefits: async (_page, lang) => ({ parts: (await localCollection('benefits', lang)).sort(byOrder) }),
	'side-effects': async (_page, lang) => {
		const effects = await localCollection('sideEffects', lang);
		const normalSigns = await localCollection('isThisNormal', lang);
		return { effects, normalSigns, parts: [...effects, ...normalSigns] };
	},
	suitability: async (_page, lang) => ({ parts: await localCollection('suitability', lang) }),
	options: async (_page, lang) => ({ parts: (await localCollection('options', lang)).sort(byOrder) }),
	aftercare: async (_page, lang) => ({ parts: await aftercarePhases(lang) }),
	// Each question with its summary; the answers are on the topic pages.
	faq: async (_page, lang) => ({ parts: (await faqData(lang)).questions, shows: 'fields' }),
	// Each term with its other names and definition; the rest is on the term's page.
	glossary: async (_page, lang) => ({ parts: await localCollection('glossary', lang), shows: 'fields' }),
	about: async () => ({ parts: [] }),
	'decision-sheet': async (page, lang) => {
		const [answer] = page.data.showsAnswers ?? [];
		if (!answer)
			throw new Error(
				'content/pages/decision-sheet.mdx → showsAnswers: add the id of the FAQ answer whose questions the sheet shows, for example [consultation-questions].',
			);
		const questions = await requiredEntry('faq', answer.id, lang);
		return { questions, parts: [questions] };
	},
	'for-clinics': async () => ({ parts: [] }),
	sources: async () => ({ parts: [] }),
} satisfies Record<string, (page: CollectionEntry<'pages'>, lang: Lang) => Promise<Shown>>;

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
		async (lang: Lang): Promise<PageContent> => {
			const page = await requiredEntry('pages', id, lang);
			return {
				path: localizePath(pagePath(id), lang),
				title: page.data.title,
				page,
				intro: true,
				shows: 'whole',
				...(await shown(page, lang)),
			};
		},
	]),
) as { [Id in ContentPageId]: (lang: Lang) => Promise<ContentOf<Id>> };

/** What the page of a `pages` entry shows in `lang`: `await pageContent('procedure')` → its entry and its steps in order. */
export function pageContent<Id extends ContentPageId>(id: Id, lang: Lang): Promise<ContentOf<Id>> {
	return readers[id](lang);
}

/** The FAQ's page per topic, in page order: the FAQ's introduction, then the topic's questions and answers. */
export async function faqTopicPages(lang: Lang): Promise<(PageContent<CollectionEntry<'faq'>> & { topic: FaqTopic })[]> {
	const page = await requiredEntry('pages', 'faq', lang);
	const { groups } = await faqData(lang);
	return groups.map(({ key, entries }) => ({
		path: localizePath(faqTopicPath(key), lang),
		title: topicTitle(key, lang),
		page,
		intro: true,
		parts: entries,
		shows: 'whole',
		topic: key,
	}));
}

/** The glossary's page per term: the term, its definition and its body, in place of the glossary's introduction. */
export async function glossaryTermPages(
	lang: Lang,
): Promise<(PageContent<CollectionEntry<'glossary'>> & { entry: CollectionEntry<'glossary'> })[]> {
	const page = await requiredEntry('pages', 'glossary', lang);
	return (await localCollection('glossary', lang)).map((entry) => ({
		path: localizePath(entryPath('glossary', entry.id), lang),
		title: entry.data.term,
		page,
		intro: false,
		parts: [entry],
		shows: 'whole',
		entry,
	}));
}

/**
 * Every content page, read once per build, in the site's reading order: home, the sections in
 * navigation order (the FAQ's topic pages after its index), the other pages, then the glossary's
 * term pages. Printable copies (the aftercare sheets) and the pages of single sources are not
 * here: they show what these pages show, or a source's own words.
 */
export const contentPages = oncePerLanguage(readContentPages);

async function readContentPages(lang: Lang): Promise<PageContent[]> {
	const pages = await Promise.all((Object.keys(contents) as ContentPageId[]).map((id) => pageContent(id, lang)));
	// The sort is stable, so pages of one rank keep the order above.
	const home = localizePath('/', lang);
	const rank = (path: string) =>
		path === home ? -1 : sections.findIndex((section) => isCurrentSection(localizePath(section.path, lang), path)) >>> 0;
	const sorted = [...pages, ...(await faqTopicPages(lang))].sort((a, b) => rank(a.path) - rank(b.path));
	return [...sorted, ...(await glossaryTermPages(lang))];
}
