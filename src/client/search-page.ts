/**
 * The search page. Pagefind loads only when a search starts: when the box gets focus or input,
 * or when the address already holds a query. Each query loses its words that carry no meaning in
 * the page's language and is expanded with every name of the glossary terms it names (Pagefind has
 * no synonyms); src/search/engine.ts decides what to list and where each result opens. Searches
 * run on every input, and only the newest search's results are shown. The address follows the
 * search, so Back and Forward bring earlier searches back. Its words and addresses are the page's
 * (src/search/setup.ts), so it searches and speaks in the page's language; Pagefind picks the
 * index of that language from `<html lang>`.
 */
import { langOf } from '../i18n/languages';
import { termBeingTyped } from '../search/completion';
import { type AnsweredData, createSearchEngine, pagefindRanking, type SearchOutcome } from '../search/engine';
import { chooseSection, type SectionOption, sectionFilterName, sectionOptions, sectionSearchOptions } from '../search/filters';
import { createHistoryPolicy, createSequence, type HistoryAction } from '../search/history';
import type { FilterCounts, PagefindModule } from '../search/pagefind';
import { readSearchState, type SearchState, searchHref } from '../search/params';
import { createSearchQuery } from '../search/query-words';
import { renderDefinition, renderResult, renderStatus } from '../search/render';
import {
	cardTermIds,
	countsWithout,
	createResultPager,
	definitionViews,
	maxCards,
	resultCountMessage,
	resultsPerPage,
	resultView,
	statusNotes,
} from '../search/results';
import { type SearchPageSetup, sectionOf, sectionOrder } from '../search/setup';
import { type Candidate, suggestionCandidates, suggestQueries } from '../search/suggest';
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
/** How many more of a relaxed search's results are loaded to be reordered: each is a download. */
const relaxedLookAhead = 3;

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
const setup = JSON.parse(part('#search-setup').textContent ?? '') as SearchPageSetup;
const text = setup.text;
/** The section of the glossary pages that a definition card stands for. */
const glossarySection = sectionOf(setup.glossaryPath, setup);
const sectionOfPage = (path: string) => sectionOf(path, setup);
const hrefOf = (next: SearchState) => searchHref(next, setup.searchPath);
// The page's language ("es-US" is Spanish) decides which words carry no meaning and whether accents count.
const expand = createSearchQuery(terms, langOf(document.documentElement.lang.split('-')[0]));

let state = readSearchState(location.search);
const policy = createHistoryPolicy(state);
const sequence = createSequence();
let settleTimer: ReturnType<typeof setTimeout> | undefined;
/** Pagefind once loaded: the module, the section filter's values, and the engine over it. */
interface LoadedSearch {
	module: PagefindModule;
	known: FilterCounts;
	run: ReturnType<typeof createSearchEngine>;
}
let pagefind: Promise<LoadedSearch> | undefined;
let candidates: Promise<Candidate[]> | undefined;
let options: SectionOption[] | undefined;
/** The search on screen: its pager hands out further results for "Show more results". */
let shownSearch:
	| {
			id: number;
			query: string;
			section: string;
			found: number;
			shown: number;
			outcome: SearchOutcome;
			suggestions: string[];
			pager: ReturnType<typeof createResultPager<AnsweredData>>;
	  }
	| undefined;

/**
 * Imports and starts Pagefind once, with the section filter's values, which every search needs;
 * a failed load is tried again by the next search.
 */
function loadPagefind(): Promise<LoadedSearch> {
	pagefind ??= (async () => {
		const module = (await import(/* @vite-ignore */ new URL(pagefindPath, location.href).href)) as PagefindModule;
		await module.options({ excerptLength, noWorker: true, ranking: pagefindRanking });
		await module.init();
		return { module, known: await module.filters(), run: createSearchEngine(module) };
	})().catch((error: unknown) => {
		pagefind = undefined;
		throw error;
	});
	return pagefind;
}

/**
 * What suggestions are chosen from: the glossary's names, then the index's own words, which load
 * only when a query first has a word no page holds; a failed load leaves the glossary's names.
 */
function loadCandidates(): Promise<Candidate[]> {
	candidates ??= fetch(setup.wordsPath)
		.then((response) => (response.ok ? (response.json() as Promise<string[]>) : Promise.reject(new Error(setup.wordsPath))))
		.then((words) => suggestionCandidates(terms, words))
		.catch(() => {
			candidates = undefined;
			return suggestionCandidates(terms, []);
		});
	return candidates;
}

function say(message: string, suggestions: readonly string[] = []): void {
	if (status.textContent === message && suggestions.length === 0) return;
	status.replaceChildren(...renderStatus(document, text, message, suggestions, (query) => hrefOf({ query, section: state.section })));
}

/** Builds the section radios from the index's filters, once. */
function showSectionOptions(known: FilterCounts): void {
	options = sectionOptions(known, sectionOrder(setup));
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
	sectionChoices.replaceChildren(radio('', text.allSections), ...options.map((option) => radio(option.value, option.value)));
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

/** Shows how many results each section holds, or nothing when the counts are unknown. */
function showCounts(all: number | undefined, counts: FilterCounts | undefined): void {
	for (const count of sectionChoices.querySelectorAll<HTMLElement>('[data-count]')) {
		const value = count.dataset.count ?? '';
		count.textContent = all === undefined ? '' : `(${value ? (counts?.[sectionFilterName]?.[value] ?? 0) : all})`;
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

/** Searches for `next`; `typing` when the reader may still be typing its last word. */
async function search(next: SearchState, typing = false): Promise<void> {
	const id = sequence.next();
	const query = next.query.trim();
	if (!query) {
		clearResults();
		return;
	}
	try {
		const { known, run } = await loadPagefind();
		if (!options) showSectionOptions(known);
		if (!sequence.isLatest(id)) return;
		const section = chooseSection(next.section, options ?? []);
		const expanded = expand(query);
		const pages = Object.values(known[sectionFilterName] ?? {}).reduce((sum, count) => sum + count, 0);
		// The first page of results and the pages definition cards may leave out load at once, reordered together.
		const reorder = resultsPerPage + Math.min(expanded.termIds.length, maxCards);
		const outcome = await run(expanded.units, pages, sectionSearchOptions(section), {
			typing: typing && !/\s$/.test(next.query),
			reorder,
			reorderRelaxed: reorder + relaxedLookAhead,
		});
		if (!sequence.isLatest(id) || !outcome) return;
		const cards = definitionViews(cardTermIds(expanded.units, outcome.unitPages, pages), terms, setup.glossaryPath);
		// A card's glossary page can be among the results only when the glossary is searched.
		const pager = createResultPager(outcome.results, cards, !section || section === glossarySection ? cards.length : 0);
		const shown = await pager.next(resultsPerPage);
		const suggestions = outcome.unknown.length ? suggestQueries(query, outcome.unknown, await loadCandidates()) : [];
		if (!sequence.isLatest(id)) return;
		const left = pager.leftOut;
		const total = outcome.results.length - left.length;
		shownSearch = { id, query, section, found: outcome.results.length, shown: shown.length, pager, outcome, suggestions };

		definitions.replaceChildren(...cards.map((view) => renderDefinition(document, text, view)));
		list.replaceChildren(...shown.map((result) => renderResult(document, resultView(result, sectionOfPage))));
		listHeading.hidden = shown.length === 0;
		moreButton.hidden = !pager.hasMore;
		// Section counts are Pagefind's, for the pages it found with every word; other lists have none to give.
		if (outcome.relaxedTo || outcome.complete !== outcome.response.results.length) showCounts(undefined, undefined);
		else showCounts(outcome.response.unfilteredResultCount - left.length, countsWithout(outcome.response.totalFilters, left));
		say(statusNotes(text, resultCountMessage(text, total, query, shown.length, section), listedOutcome(outcome, left)), suggestions);
	} catch {
		if (sequence.isLatest(id)) say(text.loadFailed);
	}
}

/** The outcome as listed: a page a definition card stands for is not counted among those with every word. */
function listedOutcome(outcome: SearchOutcome, left: readonly AnsweredData[]): SearchOutcome {
	const complete = new Set(outcome.results.slice(0, outcome.complete).map((result) => result.id));
	return { ...outcome, complete: outcome.complete - left.filter((data) => complete.has(data.id)).length };
}

function record(action: HistoryAction, next: SearchState): void {
	if (action === 'push') history.pushState(next, '', hrefOf(next));
	else if (action === 'replace') history.replaceState(next, '', hrefOf(next));
}

/** Once typing pauses, the search is final: one whose last word may have been unfinished runs again as typed. */
function settle(): void {
	clearTimeout(settleTimer);
	policy.settled();
	if (shownSearch?.outcome.uncertain && shownSearch.query === state.query.trim()) void search(state);
}

function settleSoon(): void {
	clearTimeout(settleTimer);
	settleTimer = setTimeout(settle, settleAfterMs);
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
	if (state.query.trim().length >= minTypedLength || !state.query.trim()) void search(state, true);
	// A glossary name being typed: its many names' index chunks load before the last key.
	const coming = termBeingTyped(state.query, terms);
	if (coming)
		void loadPagefind().then(
			({ module }) => module.preload(expand(coming.term).text, sectionSearchOptions(state.section)),
			() => undefined,
		);
});

moreButton.addEventListener('click', async () => {
	const current = shownSearch;
	if (!current) return;
	const more = await current.pager.next(resultsPerPage);
	if (shownSearch !== current || !sequence.isLatest(current.id)) return;
	const items = more.map((result) => renderResult(document, resultView(result, sectionOfPage)));
	list.append(...items);
	current.shown += more.length;
	moreButton.hidden = !current.pager.hasMore;
	say(
		statusNotes(
			text,
			resultCountMessage(text, current.found - current.pager.leftOut.length, current.query, current.shown, current.section),
			listedOutcome(current.outcome, current.pager.leftOut),
		),
		current.suggestions,
	);
	// Keyboard and screen reader users continue at the first new result, not back at the top.
	items[0]?.querySelector('a')?.focus();
});

input.addEventListener('blur', settle);

// A suggestion searches in place, as typing it would, with its own history entry.
status.addEventListener('click', (event) => {
	const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
	if (!link) return;
	event.preventDefault();
	state = readSearchState(new URL(link.href).search);
	input.value = state.query;
	record(policy.chose(state), state);
	void search(state);
	input.focus();
});

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
