/**
 * The two ways a clinic puts our FAQ on its own site, as the HTML they paste: an `<iframe>`
 * (also the `html` of our oEmbed responses) or a `<div>` plus the `/embed.js` loader script,
 * and the sources a clinic's Content-Security-Policy must allow for them. Pure string builders,
 * so the for-clinics page, oEmbed files, the loader and the tests share them.
 */
import { type Lang, sourceLang } from '../i18n/languages';
import { localizePath } from '../i18n/routes';
import { faqTopicPath } from '../site/related';

/** The options a clinic can set; each becomes a query parameter (iframe) or `data-*` (script). */
export interface EmbedOptions {
	/** The language of the questions; English when left out. */
	lang?: Lang;
	/** One FAQ topic (a key of `faqTopics`); all questions when left out. */
	topic?: string;
	/** FAQ entry ids to show (in FAQ order); all when left out. */
	ids?: readonly string[];
	/** Accent colour, `#rgb` or `#rrggbb`. */
	accent?: string;
	/** Clinic name, shown as "<name> shares this independent guide" (`sharedByLine`). */
	name?: string;
	/** An `https:` URL for "Book a consultation". */
	contact?: string;
	theme?: 'light' | 'dark' | 'auto';
}

/** The height the frame starts at, before the embed reports its real height. */
export const defaultEmbedHeight = 600;

/** The query parameters (and `data-*` attributes) the embed reads, in the order they are written. */
export const embedParams = ['ids', 'accent', 'name', 'contact', 'theme'] as const;

/** `/embed/faq/` or `/embed/faq/<topic>/`, in `lang` (`/es/embed/faq/…`). */
export function embedPath(topic?: string, lang: Lang = sourceLang): string {
	return localizePath(topic ? `/embed/faq/${encodeURIComponent(topic)}/` : '/embed/faq/', lang);
}

function paramValues(options: EmbedOptions): [string, string][] {
	const values: Record<(typeof embedParams)[number], string | undefined> = {
		ids: options.ids && options.ids.length > 0 ? options.ids.join(',') : undefined,
		accent: options.accent,
		name: options.name,
		contact: options.contact,
		theme: options.theme,
	};
	return embedParams.flatMap((key) => (values[key] ? [[key, values[key]] as [string, string]] : []));
}

/** The absolute address of an embed page with its options as query parameters. */
export function embedUrl(site: URL | string, options: EmbedOptions = {}): string {
	const url = new URL(embedPath(options.topic, options.lang), site);
	for (const [key, value] of paramValues(options)) url.searchParams.set(key, value);
	return url.href;
}

/** Escapes text for an element's content. */
function escapeText(value: string): string {
	return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttribute(value: string): string {
	return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * What an embed frame may do: run its own script with its own origin (its script reads the
 * branding and reports its height), and open links in a new tab, never in the clinic's page.
 */
export const frameSandbox = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/**
 * The `<iframe>` a clinic pastes. The sandbox keeps the frame from navigating the clinic's page;
 * `allow-same-origin` is needed so our embed script runs with our own origin (without it the
 * frame gets an opaque origin, and its module script is a cross-origin request our headers do
 * not serve to `null`); `allow-popups` and `allow-popups-to-escape-sandbox` let the answer links,
 * which open in a new tab, open as normal pages. Width is the `width` attribute; the one inline
 * style removes the browser's default frame border (this is the clinic's page, not ours).
 */
export function iframeSnippet({ src, title, height = defaultEmbedHeight }: { src: string; title: string; height?: number }): string {
	const attributes = [
		['src', src],
		['title', title],
		['width', '100%'],
		['height', String(Math.round(height))],
		['loading', 'lazy'],
		['sandbox', frameSandbox],
		['style', 'border:0'],
	];
	return `<iframe ${attributes.map(([name, value]) => `${name}="${escapeAttribute(value!)}"`).join(' ')}></iframe>`;
}

/** The loader's address: `/embed.js` on our site. */
function loaderUrl(site: URL | string): string {
	return new URL('/embed.js', site).href;
}

/** The words of the link a script snippet holds until the loader replaces it with the frame (English). */
export const fallbackLinkText = 'Microneedling questions and answers';

/**
 * Where the script snippet's link leads: the chosen topic's FAQ page on our site, or the whole
 * FAQ (also when questions are picked one by one, which may span topics), in `lang`.
 */
export function fallbackLinkUrl(site: URL | string, topic?: string, lang: Lang = sourceLang): string {
	return new URL(localizePath(topic ? faqTopicPath(encodeURIComponent(topic)) : '/faq/', lang), site).href;
}

/**
 * The `<div data-cit-faq …>` plus loader `<script>` form. Each option becomes a `data-*`
 * attribute named like its query parameter (`data-topic`, `data-ids`, `data-accent`, …); a
 * language other than English is `data-lang`, which the loader turns into the frame's path. The
 * `<div>` holds a plain link to the same questions on our site, in that language, which the
 * loader replaces with the frame: where scripts are off, or the clinic's
 * Content-Security-Policy blocks the loader, the reader still has the link. `linkText` is the
 * link's words in the snippet's language.
 */
export function scriptSnippet({
	site,
	linkText = fallbackLinkText,
	...options
}: EmbedOptions & { site: URL | string; linkText?: string }): string {
	const data: [string, string][] = [
		...(options.lang && options.lang !== sourceLang ? [['lang', options.lang] as [string, string]] : []),
		...(options.topic ? [['topic', options.topic] as [string, string]] : []),
		...paramValues(options),
	];
	const attributes = data.map(([key, value]) => ` data-${key}="${escapeAttribute(value)}"`).join('');
	const link = `<a href="${escapeAttribute(fallbackLinkUrl(site, options.topic, options.lang))}">${escapeText(linkText)}</a>`;
	return `<div data-cit-faq${attributes}>${link}</div><script src="${escapeAttribute(loaderUrl(site))}" async></script>`;
}

/**
 * What a clinic's Content-Security-Policy must allow for the script snippet, as one line of
 * directives to merge into it: the loader in `script-src` and the embed pages of the snippet's
 * language in `frame-src` (the frame code needs only the second). Each source is as narrow as a
 * path allows. The frame's own content follows our pages' policy, not the clinic's, and the
 * loader makes no request of its own, so nothing else is needed.
 */
export function embedPolicy(site: URL | string, lang: Lang = sourceLang): string {
	return `script-src ${loaderUrl(site)}; frame-src ${new URL(localizePath('/embed/', lang), site).href}`;
}

/** The title of an embed in each language (its page, its frame and its oEmbed response), with its topic's heading. */
export const embedTitles: Record<Lang, (topicLabel?: string) => string> = {
	en: (topicLabel) => (topicLabel ? `Microneedling questions: ${topicLabel}` : 'Microneedling questions'),
	es: (topicLabel) => (topicLabel ? `Preguntas sobre micropunción: ${topicLabel}` : 'Preguntas sobre micropunción'),
};

/**
 * What follows a clinic's name above the questions: the clinic shares the guide; it did not
 * write or check the answers, and the guide does not speak for it.
 */
export const sharedByWords = 'shares this independent guide';

/** The line above the questions when a clinic gives its name. */
export function sharedByLine(name: string): string {
	return `${name} ${sharedByWords}`;
}

/** Said once in every embed, with or without a clinic's name, in its source line. */
export const independenceNote = 'It is an independent guide and does not endorse any clinic or provider.';

/** The width oEmbed consumers are told; the frame itself is `width="100%"`. */
const oembedWidth = 640;

interface OEmbed {
	version: '1.0';
	type: 'rich';
	title: string;
	html: string;
	width: number;
	height: number;
	provider_name: string;
	provider_url: string;
}

/** The oEmbed 1.0 "rich" response for an embed page: its iframe snippet and who provides it. */
export function oembed({
	src,
	title,
	providerName,
	providerUrl,
}: {
	src: string;
	title: string;
	providerName: string;
	providerUrl: string;
}): OEmbed {
	return {
		version: '1.0',
		type: 'rich',
		title,
		html: iframeSnippet({ src, title }),
		width: oembedWidth,
		height: defaultEmbedHeight,
		provider_name: providerName,
		provider_url: providerUrl,
	};
}
