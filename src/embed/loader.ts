/**
 * The loader behind `/embed.js`, which a clinic pastes after
 * `<div data-cit-faq data-topic="aftercare"><a href="…">…</a></div>`. It turns each such
 * element into an iframe of our embed page and sizes the frame to the height the page reports.
 * The pure parts (the frame address, the message check, the height range) are exported for the
 * unit tests; `startLoader` does the DOM work and is what src/client/embed-loader.ts runs.
 *
 * The file ships to other people's sites, so it imports only the message contract and the
 * snippet constants (the bundle keeps just what it uses), nothing from the rest of the site.
 */
import { faqTopicHeadings } from '../i18n/faq-topics';
import { type Lang, languages, sourceLang } from '../i18n/languages';
import { localizePath } from '../i18n/routes';
import { isHeightMessage } from './messages';
import { defaultEmbedHeight, embedParams, embedTitles, frameSandbox } from './snippet';

/** The attribute that marks an element to turn into an embed. */
const embedAttribute = 'data-cit-faq';
/** Set on an element once it holds its frame, so running the loader again builds nothing twice. */
const readyAttribute = 'data-cit-faq-ready';
/** The `data-*` options passed on to the embed page as query parameters, and only these (`data-lang` and `data-topic` choose its path). */
const passedOptions = embedParams;
/** A topic goes into the path only when it is a plain slug; anything else shows every topic. */
const topicPattern = /^[a-z-]+$/;
/** The frame's height before the embed reports its own, in CSS pixels (as in the iframe snippet). */
const defaultHeight = defaultEmbedHeight;
/** The range a reported height is kept in: a broken report cannot hide the frame or make it huge. */
export const minHeight = 120;
export const maxHeight = 30_000;

/** The options an embed element carries, as `element.dataset` has them. */
type EmbedOptions = Partial<Record<string, string | undefined>>;

/** A language tag (`es`, `es-MX`, `ES-419`): its first part names the language. */
const langTagPattern = /^([a-z]{2,3})(?:-[a-z0-9]{1,8})*$/i;

/**
 * The language of an embed element's `data-lang`: a language the guide is published in, by its
 * tag's first part (`es-MX` is Spanish), or English for no value and for anything else. Only a
 * key of `languages` ever comes out, so the value itself never reaches an address.
 */
export function frameLang(value: string | undefined): Lang {
	const primary = langTagPattern.exec(value?.trim() ?? '')?.[1]?.toLowerCase();
	return primary !== undefined && Object.hasOwn(languages, primary) ? (primary as Lang) : sourceLang;
}

/** The embed page for a topic in a language: `/embed/faq/aftercare/`, `/es/embed/faq/aftercare/`, or the whole FAQ for no or a bad topic. */
export function embedPath(topic: string | undefined, lang: Lang = sourceLang): string {
	const slug = topic?.trim() ?? '';
	return localizePath(topicPattern.test(slug) ? `/embed/faq/${slug}/` : '/embed/faq/', lang);
}

/**
 * The frame address for an embed element's options: our origin, the topic's embed page in the
 * element's language, and the known options that have a value as query parameters. Values are
 * passed as they are; the embed page checks them.
 */
export function embedSrc(origin: string, options: EmbedOptions): string {
	const params = new URLSearchParams();
	for (const key of passedOptions) {
		const value = options[key]?.trim();
		if (value) params.set(key, value);
	}
	const query = params.toString();
	return `${origin}${embedPath(options.topic, frameLang(options.lang))}${query ? `?${query}` : ''}`;
}

/**
 * The frame's accessible name in its language: the embed page's own title, whose topic keeps
 * several frames on one page apart. A topic the guide does not have gets the whole FAQ's title.
 */
export function frameTitle(topic: string | undefined, lang: Lang = sourceLang): string {
	const headings: Record<string, string> = faqTopicHeadings[lang];
	const slug = topic?.trim() ?? '';
	return embedTitles[lang](Object.hasOwn(headings, slug) ? headings[slug] : undefined);
}

/** A reported height as whole pixels within `minHeight`…`maxHeight`. */
export function clampHeight(height: number): number {
	return Math.min(maxHeight, Math.max(minHeight, Math.ceil(height)));
}

/** The origin the loader was served from, from its own script address; empty when unknown. */
export function scriptOrigin(src: string | null | undefined): string {
	try {
		const { origin, protocol } = new URL(src ?? '');
		return protocol === 'https:' || protocol === 'http:' ? origin : '';
	} catch {
		return '';
	}
}

/**
 * Whether a `message` event is a height report from the given frame: sent from our origin, by
 * that frame's own window, in the agreed shape. A message from the clinic's page, another
 * frame or another site fails at least one of the three.
 */
export function isAcceptedMessage(event: Pick<MessageEvent, 'origin' | 'source' | 'data'>, origin: string, frameWindow: unknown): boolean {
	return origin !== '' && event.origin === origin && frameWindow != null && event.source === frameWindow && isHeightMessage(event.data);
}

/** Builds the frame for one embed element (not yet in the document). */
function createFrame(doc: Document, origin: string, options: EmbedOptions): HTMLIFrameElement {
	const frame = doc.createElement('iframe');
	frame.src = embedSrc(origin, options);
	frame.title = frameTitle(options.topic, frameLang(options.lang));
	frame.setAttribute('loading', 'lazy');
	frame.setAttribute('sandbox', frameSandbox);
	// Set through the CSSOM, which a clinic's style-src policy does not block.
	frame.style.display = 'block';
	frame.style.width = '100%';
	frame.style.border = '0';
	frame.style.height = `${defaultHeight}px`;
	// Browsers that size a frame to its content do it without messages; others ignore the line.
	frame.style.setProperty('frame-sizing', 'content-height');
	return frame;
}

/**
 * Whether a Content-Security-Policy violation is the clinic's page refusing our frames: its
 * policy allows this loader but not our embed pages in `frame-src`. Browsers name only the
 * origin of a refused cross-origin address, so it is matched by origin. A report-only policy
 * refuses nothing.
 */
export function isRefusedFrame(
	event: Pick<SecurityPolicyViolationEvent, 'disposition' | 'effectiveDirective' | 'blockedURI'>,
	origin: string,
): boolean {
	if (origin === '' || event.disposition !== 'enforce' || event.effectiveDirective !== 'frame-src') return false;
	try {
		return new URL(event.blockedURI).origin === origin;
	} catch {
		return false;
	}
}

/** A frame the loader built, and what its element held before: the snippet's link. */
interface Embed {
	frame: HTMLIFrameElement;
	fallback: Node[];
}

/**
 * Turns every embed element under `doc` that has no frame yet into one, and returns the new
 * embeds. The frame replaces what the element held, the snippet's link to the same questions,
 * which is there for readers without scripts or behind a policy that blocks this loader.
 * Elements already done (by this or an earlier run of the loader) are skipped.
 */
function buildEmbeds(doc: Document, origin: string): Embed[] {
	const embeds: Embed[] = [];
	for (const element of doc.querySelectorAll<HTMLElement>(`[${embedAttribute}]:not([${readyAttribute}])`)) {
		element.setAttribute(readyAttribute, '');
		const fallback = [...element.childNodes];
		const frame = createFrame(doc, origin, element.dataset);
		element.replaceChildren(frame);
		embeds.push({ frame, fallback });
	}
	return embeds;
}

/**
 * Builds the frames and sizes each to the height its own embed reports. One `message` listener
 * serves every frame this run built; it ignores everything `isAcceptedMessage` rejects. When
 * the page's policy refuses our frames, each goes back to the link it replaced, so the reader
 * sees the link rather than the browser's "blocked" frame.
 */
export function startLoader(doc: Document, win: Window, src: string | null | undefined): HTMLIFrameElement[] {
	const origin = scriptOrigin(src);
	if (!origin) return [];
	const embeds = buildEmbeds(doc, origin);
	const frames = embeds.map((embed) => embed.frame);
	if (frames.length === 0) return frames;
	win.addEventListener('message', (event) => {
		const frame = frames.find((candidate) => isAcceptedMessage(event, origin, candidate.contentWindow));
		if (frame) frame.style.height = `${clampHeight(event.data.height)}px`;
	});
	doc.addEventListener('securitypolicyviolation', (event) => {
		if (!isRefusedFrame(event, origin)) return;
		for (const { frame, fallback } of embeds) if (frame.isConnected) frame.replaceWith(...fallback);
	});
	return frames;
}
