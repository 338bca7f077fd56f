/**
 * Builds the search page's result and definition elements from text. Nothing here sets
 * `innerHTML`: titles, sections and excerpts become text nodes, and matched words `<mark>`
 * elements, so neither a query nor a page's text can add markup to the page.
 */
import { fill, listOf, type SearchText } from './messages';
import type { DefinitionView, ResultView } from './results';

/** The part of `document` the builders use, so the unit tests can pass a stand-in. */
export type ElementFactory = Pick<Document, 'createElement' | 'createTextNode'>;

const link = 'text-brand-800 underline underline-offset-2 hover:no-underline dark:text-brand-100';

function element<K extends keyof HTMLElementTagNameMap>(
	doc: ElementFactory,
	tag: K,
	className: string,
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const node = doc.createElement(tag);
	if (className) node.className = className;
	node.append(...children.map((child) => (typeof child === 'string' ? doc.createTextNode(child) : child)));
	return node;
}

/**
 * One result: its title as a link, with the page it is on after a dash, as a heading (for moving
 * between results); then its section and excerpt.
 */
export function renderResult(doc: ElementFactory, view: ResultView): HTMLLIElement {
	const anchor = element(doc, 'a', `${link} inline-block py-0.5`, view.title);
	anchor.setAttribute('href', view.href);
	const heading = element(doc, 'h3', 'text-lg font-semibold', anchor);
	if (view.context) heading.append(element(doc, 'span', 'font-normal text-slate-700 dark:text-slate-300', ` — ${view.context}`));
	const excerpt = element(
		doc,
		'p',
		'mt-1 text-slate-700 dark:text-slate-300',
		...view.excerpt.map((part) =>
			part.marked ? element(doc, 'mark', 'rounded-sm bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-300', part.text) : part.text,
		),
	);
	return element(
		doc,
		'li',
		'border-b border-slate-200 py-4 dark:border-slate-800',
		heading,
		element(doc, 'p', 'text-sm font-medium text-slate-700 dark:text-slate-300', view.section),
		excerpt,
	);
}

/** A definition card: the term as a heading, its one-sentence definition, and a glossary link. */
export function renderDefinition(doc: ElementFactory, text: SearchText, view: DefinitionView): HTMLElement {
	const headingId = `definition-${view.id}`;
	const heading = element(doc, 'h2', 'text-xl font-semibold', view.term);
	heading.id = headingId;
	const more = element(doc, 'a', link, fill(text.inGlossary, { term: view.term }));
	more.setAttribute('href', view.href);
	const card = element(
		doc,
		'section',
		'mb-4 rounded-lg border border-brand-700 bg-brand-50 p-4 dark:border-brand-100 dark:bg-slate-900',
		element(doc, 'p', 'text-sm font-semibold text-brand-900 dark:text-brand-100', text.definition),
		heading,
		element(doc, 'p', 'mt-1', view.definition),
		element(doc, 'p', 'mt-2', more),
	);
	card.setAttribute('aria-labelledby', headingId);
	return card;
}

/**
 * The status line: the count and notes, then "Did you mean …?" with each suggestion as a link to
 * its search (`hrefOf`), so a reader can choose one by keyboard as well as by pointer.
 */
export function renderStatus(
	doc: ElementFactory,
	text: SearchText,
	message: string,
	suggestions: readonly string[],
	hrefOf: (query: string) => string,
): Node[] {
	if (suggestions.length === 0) return [doc.createTextNode(message)];
	// The list is written with a stand-in for each suggestion, which then becomes its link.
	const marker = '\u0000';
	const sentence = fill(text.didYouMean, {
		suggestions: listOf(
			suggestions.map(() => marker),
			text.listOr,
		),
	});
	const offer = element(doc, 'span', '');
	offer.setAttribute('data-search-suggestions', '');
	sentence.split(marker).forEach((words, index) => {
		if (index > 0) {
			const suggestion = suggestions[index - 1] ?? '';
			const choice = element(doc, 'a', link, suggestion);
			choice.setAttribute('href', hrefOf(suggestion));
			offer.append(choice);
		}
		offer.append(doc.createTextNode(index === 0 ? ` ${words}` : words));
	});
	return [doc.createTextNode(message.endsWith('.') ? message : `${message}.`), offer];
}
