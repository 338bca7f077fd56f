/**
 * The search page. Pagefind loads only when a search starts: when the box gets focus or input,
 * or when the address already holds a query. Each query is expanded with every name of the
 * glossary terms it names (Pagefind has no synonyms), searched on every input, and only the
 * newest search's results are shown. The address follows the search, so Back and Forward
 * bring earlier searches back.
 */
import { chooseSection, type SectionOption, sectionFilterName, sectionOptions, sectionSearchOptions } from '../search/filters';
import { createHistoryPolicy, createSequence, type HistoryAction } from '../search/history';
import type { FilterCounts, PagefindModule, PagefindResultData } from '../search/pagefind';
import { readSearchState, type SearchState, searchHref } from '../search/params';
import { renderDefinition, renderResult } from '../search/render';
import { countsWithout, createResultPager, definitionViews, resultCountMessage, resultsPerPage, resultView } from '../search/results';
import { footerLinks, sectionLabel, sections } from '../site/sections';
import { createQueryExpander } from '../vocabulary/query';
import type { VocabularyTerm } from '../vocabulary/terms';

/** Built at run time so that Vite leaves Pagefind's own file alone. */
const pagefindPath = '/pagefind/pagefind.js';
/** Words of context around the best match in each excerpt. */
const excerptLength = 20;
/** After this long without typing, the search in the address counts as settled. */
const settleAfterMs = 1000;
/**
 * Searching starts as you type from this many characters; Enter searches any query. A single
 * letter matches nearly every page, and loading their excerpts would only slow the real query.
 */
const minTypedLength = 2;
/** The section of the glossary pages that a definition card stands for. */
const glossarySection = sectionLabel('/glossary/');
/** The section filter's order: the navigation's, then the footer pages and the home page. */
const sectionOrder = [...sections.map((section) => section.label), ...footerLinks.map((link) => link.label), 'Home'];

function part<T extends Element>(selector: string): T {
	const found = document.querySelector<T>(selector);
	if (!found) throw new Error(`The search page has no ${selector} element.`);
	return found;
}

const form = part<HTMLFormElement>('[data-search-form]');
const input = part<HTMLInputElement>('#search-query');
const resultsArea = part<HTMLElement>('[data-search-results]');
const status = part<HTMLElement>('[data-search-status]');
const definitions = part<HTMLElement>('[data-search-definitions]');
const listHeading = part<HTMLElement>('[data-search-list-heading]');
const list = part<HTMLOListElement>('[data-search-list]');
const moreButton = part<HTMLButtonElement>('[data-search-more]');
const sectionFieldset = part<HTMLFieldSetElement>('[data-search-sections]');
const sectionChoices = part<HTMLElement>('[data-search-section-options]');

const terms = JSON.parse(document.getElementById('search-terms')?.textContent ?? '[]') as VocabularyTerm[];
const expand = createQueryExpander(terms);

let state = readSearchState(location.search);
const policy = createHistoryPolicy(state);
const sequence = createSequence();
let settleTimer: ReturnType<typeof setTimeout> | undefined;
let pagefind: Promise<{ module: PagefindModule; known: FilterCounts }> | undefined;
let options: SectionOption[] | undefined;
/** The search on screen: its pager hands out further results for "Show more results". */
let shownSearch:
	| {
			id: number;
			query: string;
			section: string;
			found: number;
			shown: number;
			pager: ReturnType<typeof createResultPager<PagefindResultData>>;
	  }
	| undefined;

/**
 * Imports and starts Pagefind once, with the section filter's values, which every search needs;
 * a failed load is tried again by the next search.
 */
function loadPagefind(): Promise<{ module: PagefindModule; known: FilterCounts }> {
	pagefind ??= (async () => {
		const module = (await import(/* @vite-ignore */ new URL(pagefindPath, location.href).href)) as PagefindModule;
		await module.options({ excerptLength, noWorker: true });
		await module.init();
		return { module, known: await module.filters() };
	})().catch((error: unknown) => {
		pagefind = undefined;
		throw error;
	});
	return pagefind;
}

function say(message: string): void {
	if (status.textContent !== message) status.textContent = message;
}

/** Builds the section radios from the index's filters, once. */
function showSectionOptions(known: FilterCounts): void {
	options = sectionOptions(known, sectionOrder);
	if (options.length === 0) return;
	const radio = (value: string, label: string) => {
		const choice = document.createElement('input');
		choice.type = 'radio';
		choice.name = 'section';
		choice.value = value;
		choice.className = 'size-6 shrink-0 accent-brand-800 dark:accent-brand-100';
		const count = document.createElement('span');
		count.dataset.count = value;
		count.className = 'text-slate-700 dark:text-slate-300';
		const wrapper = document.createElement('label');
		wrapper.className = 'inline-flex min-h-6 cursor-pointer items-center gap-2';
		wrapper.append(choice, `${label} `, count);
		return wrapper;
	};
	sectionChoices.replaceChildren(radio('', 'All sections'), ...options.map((option) => radio(option.value, option.value)));
	sectionFieldset.hidden = false;
	checkSection(state.section);
}

/** Checks the radio of a section, or "All sections" for one the index does not have. */
function checkSection(section: string): void {
	const chosen = chooseSection(section, options ?? []);
	for (const choice of sectionChoices.querySelectorAll<HTMLInputElement>('input[name="section"]')) {
		choice.checked = choice.value === chosen;
	}
}

function showCounts(all: number, counts: FilterCounts | undefined): void {
	for (const count of sectionChoices.querySelectorAll<HTMLElement>('[data-count]')) {
		const value = count.dataset.count ?? '';
		count.textContent = `(${value ? (counts?.[sectionFilterName]?.[value] ?? 0) : all})`;
	}
}

function clearResults(): void {
	shownSearch = undefined;
	definitions.replaceChildren();
	list.replaceChildren();
	listHeading.hidden = true;
	moreButton.hidden = true;
	for (const count of sectionChoices.querySelectorAll<HTMLElement>('[data-count]')) count.textContent = '';
	say('');
}

async function search(next: SearchState): Promise<void> {
	const id = sequence.next();
	const query = next.query.trim();
	if (!query) {
		clearResults();
		return;
	}
	try {
		const { module, known } = await loadPagefind();
		if (!options) showSectionOptions(known);
		if (!sequence.isLatest(id)) return;
		const section = chooseSection(next.section, options ?? []);
		const expanded = expand(query);
		const response = await module.search(expanded.text, sectionSearchOptions(section));
		if (!sequence.isLatest(id) || !response) return;
		const cards = definitionViews(expanded.termIds, terms);
		// A card's glossary page can be among the results only when the glossary is searched.
		const pager = createResultPager(response.results, cards, !section || section === glossarySection ? cards.length : 0);
		const shown = await pager.next(resultsPerPage);
		if (!sequence.isLatest(id)) return;
		const left = pager.leftOut;
		const total = response.results.length - left.length;
		shownSearch = { id, query, section, found: response.results.length, shown: shown.length, pager };

		definitions.replaceChildren(...cards.map((view) => renderDefinition(document, view)));
		list.replaceChildren(...shown.map((result) => renderResult(document, resultView(result))));
		listHeading.hidden = shown.length === 0;
		moreButton.hidden = !pager.hasMore;
		showCounts(response.unfilteredResultCount - left.length, countsWithout(response.totalFilters, left));
		say(resultCountMessage(total, query, shown.length, section));
	} catch {
		if (sequence.isLatest(id)) say('Search could not load. Check your connection, then try again.');
	}
}

function record(action: HistoryAction, next: SearchState): void {
	if (action === 'push') history.pushState(next, '', searchHref(next));
	else if (action === 'replace') history.replaceState(next, '', searchHref(next));
}

function settleSoon(): void {
	clearTimeout(settleTimer);
	settleTimer = setTimeout(() => policy.settled(), settleAfterMs);
}

function selectedSection(): string {
	return sectionChoices.querySelector<HTMLInputElement>('input[name="section"]:checked')?.value ?? state.section;
}

resultsArea.hidden = false;

input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });

input.addEventListener('input', () => {
	state = { query: input.value, section: selectedSection() };
	record(policy.typed(state), state);
	settleSoon();
	if (state.query.trim().length >= minTypedLength || !state.query.trim()) void search(state);
});

moreButton.addEventListener('click', async () => {
	const current = shownSearch;
	if (!current) return;
	const more = await current.pager.next(resultsPerPage);
	if (shownSearch !== current || !sequence.isLatest(current.id)) return;
	const items = more.map((result) => renderResult(document, resultView(result)));
	list.append(...items);
	current.shown += more.length;
	moreButton.hidden = !current.pager.hasMore;
	say(resultCountMessage(current.found - current.pager.leftOut.length, current.query, current.shown, current.section));
	// Keyboard and screen reader users continue at the first new result, not back at the top.
	items[0]?.querySelector('a')?.focus();
});

input.addEventListener('blur', () => policy.settled());

form.addEventListener('submit', (event) => {
	event.preventDefault();
	state = { query: input.value, section: selectedSection() };
	record(policy.chose(state), state);
	void search(state);
});

sectionChoices.addEventListener('change', () => {
	state = { query: input.value, section: selectedSection() };
	record(policy.chose(state), state);
	void search(state);
});

addEventListener('popstate', () => {
	state = readSearchState(location.search);
	policy.restored(state);
	input.value = state.query;
	checkSection(state.section);
	void search(state);
});

if (state.query) {
	input.value = state.query;
	void search(state);
}
