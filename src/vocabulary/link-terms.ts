import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Parents, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { HastPluginEntry, HastVisitorContext } from 'satteri';
import { type Lang, sourceLang } from '../i18n/languages';
import { documentLang } from '../i18n/markdown';
import { localizePath } from '../i18n/routes';
import { createTermMatcher, type TermMention } from './matcher';
import { spanishForms } from './spanish-forms';
import { termClass } from './tooltip';
import type { VocabularyTerm } from './terms';

/** Elements whose text is never linked: headings, links, code, and terms already marked up. */
const skippedTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'kbd', 'dfn', 'abbr', 'button', 'script', 'style']);

/** The id of the tooltip that describes a term's link; one per page, as only the first mention links. */
export function tooltipId(termId: string): string {
	return `term-tip-${termId}`;
}

/**
 * The markup for one linked mention: the reader's own words linked to the glossary entry, and
 * the definition in a tooltip that CSS shows on hover and focus (no script needed). The link is
 * described by the tooltip, so screen readers announce the definition with the link; Pagefind
 * skips the tooltip so search excerpts are the page's own words.
 */
function termLink(term: Pick<VocabularyTerm, 'id' | 'term' | 'definition'>, words: string, base: string): Element {
	return {
		type: 'element',
		tagName: 'span',
		properties: { className: [termClass], dataTerm: term.id },
		children: [
			{
				type: 'element',
				tagName: 'a',
				properties: { href: `${base}${term.id}/`, className: ['term-link'], ariaDescribedBy: [tooltipId(term.id)] },
				children: [{ type: 'text', value: words }],
			},
			{
				type: 'element',
				tagName: 'span',
				properties: { id: tooltipId(term.id), role: 'tooltip', className: ['term-tip'], dataPagefindIgnore: '' },
				// The term's own name first: the link's words may be an alias ("redness" → erythema).
				children: [{ type: 'text', value: `${term.term}: ${term.definition}` }],
			},
		],
	};
}

/**
 * Splits a text into plain text and term links, linking only mentions the `shouldLink` callback
 * accepts (the linker uses it to link each term once).
 */
function linkMentions(
	text: string,
	mentions: readonly TermMention[],
	terms: ReadonlyMap<string, VocabularyTerm>,
	shouldLink: (mention: TermMention) => boolean,
	base: string,
): ElementContent[] {
	const nodes: ElementContent[] = [];
	let cursor = 0;
	for (const mention of mentions) {
		const term = terms.get(mention.id);
		if (!term || !shouldLink(mention)) continue;
		if (mention.start > cursor) nodes.push({ type: 'text', value: text.slice(cursor, mention.start) });
		nodes.push(termLink(term, mention.text, base));
		cursor = mention.end;
	}
	if (cursor < text.length) nodes.push({ type: 'text', value: text.slice(cursor) });
	return nodes;
}

/** Whether a text node sits inside a heading, link, code, or an MDX component such as `<Fact>`. */
function isInsideSkipped(node: Readonly<Text>, ctx: HastVisitorContext): boolean {
	for (let parent: Readonly<Parents> | undefined = ctx.parent(node); parent; parent = ctx.parent(parent)) {
		if (parent.type === 'element' && skippedTags.has(parent.tagName)) return true;
		if (parent.type === 'mdxJsxFlowElement' || parent.type === 'mdxJsxTextElement') return true;
	}
	return false;
}

/** The glossary entry a document is, if it is one: a term never links to its own page. */
function ownGlossaryId(fileURL: URL | undefined, glossaryDir: string): string | undefined {
	if (!fileURL) return undefined;
	const path = fileURLToPath(fileURL).replaceAll('\\', '/');
	const match = new RegExp(`/${glossaryDir}/([^/]+)\\.mdx?$`).exec(path);
	return match?.[1];
}

/** The forms each language's names take in its text, where it has more than the English plural ending. */
export const formsOf: Partial<Record<Lang, (name: string) => string[]>> = { es: spanishForms };

interface GlossaryLinkOptions {
	/** The language of the terms: only documents in it are linked, to its glossary pages. */
	lang?: Lang;
	/** The content folder, whose language folders (`es/`) hold the translations. */
	root?: string;
	/** The content folder that holds the glossary files, to recognise a term's own page. */
	glossaryDir?: string;
}

/**
 * A Sätteri hast plugin that links the first mention of each glossary term in a Markdown or MDX
 * document to its entry: longest name first, whole words, never in headings, links, code or
 * components, and never on the term's own page. Each document is linked on its own; a page
 * made of several documents keeps only the first link per term (see `keepFirstTermLinks`).
 * It links the documents of one language, with that language's glossary: a Spanish answer
 * links "micropunción" to `/es/glosario/microneedling/`, and its tooltip is in Spanish.
 */
export function glossaryLinks(terms: readonly VocabularyTerm[], options: GlossaryLinkOptions = {}): HastPluginEntry {
	const lang = options.lang ?? sourceLang;
	const matcher = createTermMatcher(terms, { forms: formsOf[lang] });
	const byId = new Map(terms.map((term) => [term.id, term]));
	const base = localizePath('/glossary/', lang);
	const glossaryDir = options.glossaryDir ?? 'glossary';
	return (factory) => {
		if (documentLang(factory.fileURL, options.root) !== lang) return null;
		const ownId = ownGlossaryId(factory.fileURL, glossaryDir);
		const linked = new Set<string>(ownId ? [ownId] : []);
		return {
			name: 'glossary-links',
			text(node, ctx) {
				const mentions = matcher.find(node.value).filter((mention) => !linked.has(mention.id));
				if (mentions.length === 0 || isInsideSkipped(node, ctx)) return;
				const replacement = linkMentions(
					node.value,
					mentions,
					byId,
					(mention) => {
						if (linked.has(mention.id)) return false;
						linked.add(mention.id);
						return true;
					},
					base,
				);
				ctx.replaceNode(node, replacement);
			},
		};
	};
}

/**
 * Keeps the first link per term in a rendered page and turns later ones back into their words.
 * The linker sees one Markdown document at a time; a page such as the FAQ is many documents,
 * so the page removes the repeats. It reads the page as HTML and unlinks only the markup
 * `termLink` writes, replacing each repeat where the parser found it, so the rest of the page
 * stays byte for byte as rendered.
 */
export function keepFirstTermLinks(html: string): string {
	// A page that links no term twice has nothing to unlink, and need not be parsed.
	if (!linksSomeTermTwice(html)) return html;
	const seen = new Set<string>();
	let result = '';
	let cursor = 0;
	for (const span of selectAll('span.term[data-term]', fromHtml(html, { fragment: true }))) {
		const id = String(span.properties.dataTerm);
		const words = linkWords(span, html);
		if (words === undefined) continue;
		if (!seen.has(id)) {
			seen.add(id);
			continue;
		}
		result += html.slice(cursor, span.position!.start.offset) + words;
		cursor = span.position!.end.offset!;
	}
	return result + html.slice(cursor);
}

/** Whether two term links name the same term, read from the `data-term` attributes as Astro writes them. */
function linksSomeTermTwice(html: string): boolean {
	const ids = new Set<string>();
	for (const [, id] of html.matchAll(/\sdata-term="([^"]*)"/g)) {
		if (ids.has(id!)) return true;
		ids.add(id!);
	}
	return false;
}

/** The words of a `termLink` (its link's content, as written in the page), or `undefined` for any other markup. */
function linkWords(span: Element, html: string): string | undefined {
	const [link, tip, ...rest] = span.children;
	const isTip =
		tip?.type === 'element' && tip.tagName === 'span' && (tip.properties.className as string[] | undefined)?.includes('term-tip');
	if (link?.type !== 'element' || link.tagName !== 'a' || !isTip || rest.length > 0 || !span.position) return undefined;
	const first = link.children[0]?.position?.start.offset;
	const last = link.children.at(-1)?.position?.end.offset;
	return first === undefined || last === undefined ? '' : html.slice(first, last);
}
