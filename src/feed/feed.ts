/**
 * The FAQ as data, for clinics that render the answers themselves: `/api/faq.json` (every
 * question) and `/api/faq/<topic>.json`, and the same in Spanish under `/es/api/`. The schema below is the one definition of the feed:
 * the types come from it, the endpoints check their output against it, and
 * `/api/faq.schema.json` publishes it as JSON Schema.
 */
import { z } from 'astro/zod';
import sanitizeHtml from 'sanitize-html';
import { markdownToHtml } from 'satteri';
import { type DataValue, mdxToPlainText, replaceDataComponents } from '../model/plain-text';
import { toIsoDate } from '../model/review';
import { type Lang, sourceLang } from '../i18n/languages';
import { englishPath, localizePath } from '../i18n/routes';
import { faqAnswerPath } from '../site/related';
import { absoluteHref } from '../embed/links';
import { escapeAttribute } from '../embed/snippet';

/** Bumped only for a change that breaks readers; adding an optional field keeps it. */
const feedVersion = 1;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const feedQuestionSchema = z
	.strictObject({
		id: slug.describe("Stable id of the question; also its anchor on its topic's FAQ page."),
		question: z.string().min(1),
		answer: z.strictObject({
			text: z.string().min(1).describe('The answer as plain text.'),
			html: z.string().min(1).describe('The answer as HTML using only p, ul, ol, li, strong, em and a[href] with absolute https URLs.'),
		}),
		topic: slug.describe('Id of the topic the question belongs to.'),
		topicLabel: z.string().min(1).describe('The topic as a heading.'),
		url: z.url().describe("The question and its answer on its topic's FAQ page."),
		lastReviewed: z.iso.date().describe('When the answer was last reviewed (YYYY-MM-DD).'),
	})
	.describe('One question and its answer.');

export const faqFeedSchema = z
	.strictObject({
		version: z.literal(feedVersion),
		site: z.strictObject({ name: z.string().min(1), url: z.url() }).describe('Who wrote the answers; credit them with a link.'),
		topic: z
			.strictObject({ id: slug, label: z.string().min(1) })
			.optional()
			.describe('Present when the feed holds one topic.'),
		lastReviewed: z.iso.date().describe('The earliest review date of the questions in the feed.'),
		questions: z.array(feedQuestionSchema),
	})
	.meta({
		title: 'Microneedling FAQ feed',
		description: 'Questions and answers about microneedling, for clinics to show on their own sites.',
	});

export type FaqFeed = z.infer<typeof faqFeedSchema>;

/** The feed's schema as JSON Schema (draft 2020-12), with its own address as `$id`. */
export function feedJsonSchema(schemaUrl: string): Record<string, unknown> {
	return { $id: schemaUrl, ...z.toJSONSchema(faqFeedSchema, { target: 'draft-2020-12' }) };
}

/** What the feed needs from one FAQ entry. */
export interface FeedSource {
	id: string;
	question: string;
	topic: string;
	topicLabel: string;
	/** The MDX body. */
	body: string;
	lastReviewed: Date;
}

/**
 * A link as a feed in `lang` gives it: a translation links with the English addresses, as its
 * English entry does, and its readers go to the pages in their language (as on the site, where
 * src/i18n/markdown.ts does the same). Other sites, and addresses already in a language, stay.
 */
function localizedHref(href: string, lang: Lang): string {
	return englishPath(href).lang === sourceLang ? localizePath(href, lang) : href;
}

/**
 * An answer's Markdown as the feed's HTML: each data component as what it shows, then only paragraphs,
 * lists, emphasis and links to absolute `https:` URLs (relative ones are resolved on the site,
 * at its pages in `lang`; any other link keeps its words and loses the link).
 */
export function answerHtml(body: string, value: DataValue, site: URL | string, lang: Lang = sourceLang): string {
	const markdown = replaceDataComponents(body, value, escapeAttribute);
	const { html } = markdownToHtml(markdown);
	return sanitizeHtml(html, {
		allowedTags: ['p', 'ul', 'ol', 'li', 'strong', 'em', 'a'],
		allowedAttributes: { a: ['href'] },
		allowedSchemes: ['https'],
		allowProtocolRelative: false,
		transformTags: {
			a: (_tagName, attributes) => {
				const href = attributes.href ? absoluteHref(localizedHref(attributes.href, lang), site) : undefined;
				const attribs: Record<string, string> = href?.startsWith('https:') ? { href } : {};
				return { tagName: 'a', attribs };
			},
		},
		// A link left without an address loses its tag and keeps its words.
		exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs.href ? 'excludeTag' : false),
	}).trim();
}

/** The feed for some questions (all, or one topic's), in the order given, with every address in `lang`. */
export function buildFeed({
	site,
	siteName,
	sources,
	value,
	topic,
	lang = sourceLang,
}: {
	site: URL | string;
	siteName: string;
	sources: readonly FeedSource[];
	value: DataValue;
	topic?: { id: string; label: string };
	lang?: Lang;
}): FaqFeed {
	if (sources.length === 0) throw new Error('buildFeed needs at least one question.');
	const earliest = Math.min(...sources.map((source) => source.lastReviewed.getTime()));
	return {
		version: feedVersion,
		site: { name: siteName, url: new URL(localizePath('/', lang), site).href },
		...(topic ? { topic } : {}),
		lastReviewed: toIsoDate(new Date(earliest)),
		questions: sources.map((source) => ({
			id: source.id,
			question: source.question,
			answer: { text: mdxToPlainText(source.body, value), html: answerHtml(source.body, value, site, lang) },
			topic: source.topic,
			topicLabel: source.topicLabel,
			url: new URL(localizePath(faqAnswerPath(source.topic, source.id), lang), site).href,
			lastReviewed: toIsoDate(source.lastReviewed),
		})),
	};
}

/** A JSON file from an endpoint (feeds, their schema, oEmbed responses). */
export function jsonResponse(data: unknown): Response {
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
