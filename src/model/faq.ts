/**
 * The FAQ as pages show it, read once per build: the questions grouped by topic in page order,
 * each answer's rendered content, its `FAQPage` JSON-LD (answers as plain text, with every
 * data component as what it shows) and the feed. The FAQ index, the topic pages, the embeds for clinics
 * and the `/api/` feeds share it.
 */
import { type CollectionEntry, render } from 'astro:content';
import type { Lang } from '../i18n/languages';
import { localizePath } from '../i18n/routes';
import { ui } from '../i18n/ui';
import { localCollection } from './localized';
import { oncePerLanguage } from './once-per-language';
import type { FAQPage, WithContext } from 'schema-dts';
import { groupInOrder } from './order';
import { type DataValue, mdxToPlainText } from './plain-text';
import { buildFeed, type FaqFeed, faqFeedSchema } from '../feed/feed';
import { faqPage } from '../seo/json-ld';
import { dataValues } from './data-values';
import { faqAnswerPath } from '../site/related';
import { type FaqTopic, faqTopics } from '../schemas/faq';

type AnswerContent = Awaited<ReturnType<typeof render>>['Content'];

interface FaqData {
	/** Topics that have questions, in page order, each with its questions in order. */
	groups: { key: FaqTopic; entries: CollectionEntry<'faq'>[] }[];
	/** Every question in page order. */
	questions: CollectionEntry<'faq'>[];
	/** What each data component in an answer shows (`<Fact>`, `<Advice>`, `<WarningSigns>`). */
	value: DataValue;
	/** An answer's rendered MDX, to use as `<Content components={mdxComponents} />`. */
	content: (entry: CollectionEntry<'faq'>) => AnswerContent;
	/** `FAQPage` JSON-LD for a page showing these questions; each links to its answer on its topic's page. */
	faqJsonLd: (pageUrl: string, entries: readonly CollectionEntry<'faq'>[], site: URL) => WithContext<FAQPage>;
}

/** The FAQ in a language, read and rendered once per build. */
export const faqData = oncePerLanguage(readFaq);

async function readFaq(lang: Lang): Promise<FaqData> {
	const entries = await localCollection('faq', lang);
	const value = await dataValues(lang);
	const groups = groupInOrder(Object.keys(faqTopics) as FaqTopic[], entries, (entry) => entry.data.topic);
	const rendered = new Map(await Promise.all(entries.map(async (entry) => [entry.id, (await render(entry)).Content] as const)));
	const plainAnswer = (entry: CollectionEntry<'faq'>) => mdxToPlainText(entry.body ?? '', value);
	return {
		groups,
		questions: groups.flatMap((group) => group.entries),
		value,
		content: (entry) => rendered.get(entry.id)!,
		faqJsonLd: (pageUrl, entries, site) =>
			faqPage({
				lang,
				url: pageUrl,
				questions: entries.map((entry) => ({
					question: entry.data.question,
					answer: plainAnswer(entry),
					url: answerUrl(entry, site, lang),
				})),
			}),
	};
}

/** The absolute address of an answer in `lang`: its anchor on its topic's page. */
export function answerUrl(entry: CollectionEntry<'faq'>, site: URL, lang: Lang): string {
	return new URL(localizePath(faqAnswerPath(entry.data.topic, entry.id), lang), site).href;
}

/** The heading (h1) and title of a topic's FAQ page, in `lang`. */
export function topicTitle(topic: FaqTopic, lang: Lang): string {
	const text = ui(lang);
	return text.faq.topicTitle(text.faqTopics[topic]);
}

/** The embeds' pages in each language: all questions (`/embed/faq/`) and one per topic (`/embed/faq/<topic>/`). */
export function embedPaths(): { params: { topic: FaqTopic | undefined } }[] {
	return [undefined, ...(Object.keys(faqTopics) as FaqTopic[])].map((topic) => ({ params: { topic } }));
}

/** The FAQ feed in `lang` (`/api/faq.json`, `/es/api/faq.json`, or one topic's), checked against its schema. */
export async function faqFeed(site: URL, lang: Lang, topic?: FaqTopic): Promise<FaqFeed> {
	const { groups, value } = await faqData(lang);
	const { siteName, faqTopics: topicLabels } = ui(lang);
	const entries = (topic ? groups.filter((group) => group.key === topic) : groups).flatMap((group) => group.entries);
	const feed = buildFeed({
		site,
		siteName,
		value,
		lang,
		...(topic ? { topic: { id: topic, label: topicLabels[topic] } } : {}),
		sources: entries.map((entry) => ({
			id: entry.id,
			question: entry.data.question,
			topic: entry.data.topic,
			topicLabel: topicLabels[entry.data.topic],
			body: entry.body ?? '',
			lastReviewed: entry.data.lastReviewed,
		})),
	});
	return faqFeedSchema.parse(feed);
}
