/**
 * Runs a reader's query against Pagefind and decides what to list. Pagefind finds pages that
 * hold every word; this adds three things it does not do:
 *
 * - Each word or term of the query is also searched alone. How many pages hold it says how much
 *   it tells apart (a word on every page tells nothing), and a word no page holds is a spelling
 *   to correct.
 * - When fewer than `enough` pages hold everything, the pages that hold the most telling words
 *   follow them, and the outcome names those words.
 * - Each result points at the part of its page that answers (an FAQ question, an aftercare step,
 *   a section): the part where the query's words weigh most, rarer words counting for more.
 */
import type { QueryUnit } from '../vocabulary/query';
import type {
	PagefindRanking,
	PagefindResult,
	PagefindResultData,
	PagefindSearchOptions,
	PagefindSearchResponse,
	PagefindSubResult,
} from './pagefind';

/**
 * Pagefind's ranking for this site. Its default favours short pages so strongly that a glossary
 * entry that only names a word outranks the page that answers a question about it.
 */
export const pagefindRanking: PagefindRanking = { pageLength: 0.2 };

/** The part of Pagefind a search needs; the unit tests pass a stand-in. */
export interface SearchBackend {
	search: (text: string, options?: PagefindSearchOptions) => Promise<PagefindSearchResponse | null>;
}

/** The part of a page a result opens at. */
export interface AnswerTarget {
	/** The part's address: the page, with `#id` unless it is the top of the page. */
	url: string;
	/** The part's heading, or the page's title at its top. */
	title: string;
	/** Text around the matched words, which are in `<mark>`. */
	excerpt: string;
	/** How well the part answers the query, comparable across pages; 0 when nothing in it matched. */
	score: number;
}

/** A result's data, with the part of the page that answers. */
export interface AnsweredData extends PagefindResultData {
	/** Pagefind's id for the page, as in `FoundPage`. */
	id: string;
	target: AnswerTarget;
}

/** One listed page; its data loads on demand, since each load is a download. */
export interface FoundPage {
	id: string;
	data: () => Promise<AnsweredData>;
}

export interface SearchOutcome {
	/** The pages to list, best first. */
	results: FoundPage[];
	/** How many pages hold everything the query asks for; they come first. */
	complete: number;
	/** Set when fewer than `enough` pages hold everything: the words the other results are about. */
	relaxedTo?: string[];
	/** Words of the query that no page holds, as typed. */
	unknown: string[];
	/** How many pages hold each unit of the query, in the query's order. */
	unitPages: number[];
	/** Typing: the last word matched only as the start of other words; it may yet be a slip. */
	uncertain: boolean;
	/** Pagefind's response to the whole query, with its section counts. */
	response: PagefindSearchResponse;
}

/** One search that found a page, and how much a match in it counts. */
interface View {
	weight: number;
	result: PagefindResult;
}

/**
 * Picks the part of a page that answers best. A part scores for each search that matched in it,
 * by that search's weight, and more the heavier the text it matched (a question or heading weighs
 * more than body text), with diminishing returns for repeats. Ties go to the earlier part.
 */
export function chooseTarget(page: PagefindResultData, views: readonly { weight: number; data: PagefindResultData }[]): AnswerTarget {
	const top: AnswerTarget = { url: page.url, title: page.meta.title?.trim() || page.url, excerpt: page.excerpt, score: 0 };
	const scored = new Map<string, { part: PagefindSubResult; score: number; excerptWeight: number; order: number }>();
	for (const view of views) {
		for (const part of view.data.sub_results ?? []) {
			const matched = part.weighted_locations.reduce((sum, location) => sum + location.weight, 0);
			if (matched <= 0) continue;
			const entry = scored.get(part.url) ?? { part, score: 0, excerptWeight: -1, order: scored.size };
			entry.score += view.weight * (1 + Math.log1p(matched));
			// The excerpt marks the words of one search: the one that counts most.
			if (view.weight > entry.excerptWeight) {
				entry.part = part;
				entry.excerptWeight = view.weight;
			}
			scored.set(part.url, entry);
		}
	}
	const best = [...scored.values()].sort((a, b) => b.score - a.score || a.order - b.order)[0];
	if (!best) return top;
	return { url: best.part.url, title: best.part.title.trim() || top.title, excerpt: best.part.excerpt || top.excerpt, score: best.score };
}

/**
 * Pagefind hands every search's result for a page the same cached object and rewrites it on
 * each `data()` call, so loads of one page run one after another and each is copied at once.
 */
function createDataLoader() {
	const queues = new Map<string, Promise<unknown>>();
	return (result: PagefindResult): Promise<PagefindResultData> => {
		const load = (queues.get(result.id) ?? Promise.resolve()).then(async () => {
			const data = await result.data();
			return { ...data, meta: { ...data.meta }, sub_results: [...(data.sub_results ?? [])] };
		});
		queues.set(
			result.id,
			load.catch(() => undefined),
		);
		return load;
	};
}

/** How much a match of a word found on `pages` of `total` pages counts: rarer counts more. */
function rarity(pages: number, total: number): number {
	return Math.log(1 + total / Math.max(1, pages));
}

interface EngineOptions {
	/** Fewer pages than this with every word, and the search is relaxed. */
	enough?: number;
}

/** How a query was entered. */
interface QueryState {
	/**
	 * The reader is still typing, so the last word may be unfinished: Pagefind's pages for words
	 * it starts are listed, and whether it is a slip waits until typing stops (`uncertain`).
	 */
	typing?: boolean;
	/** How many of the first results are put in order of how well their best part answers (each is a download). */
	reorder?: number;
	/**
	 * As many again of a relaxed search's further results: ranked by which telling words a page
	 * holds, not by where, their order says less.
	 */
	reorderRelaxed?: number;
}

export function createSearchEngine(backend: SearchBackend, options: EngineOptions = {}) {
	const enough = options.enough ?? 3;
	const load = createDataLoader();

	const found = (first: PagefindResult, views: readonly View[]): FoundPage => {
		let data: Promise<AnsweredData> | undefined;
		const used = views.length > 0 ? views : [{ weight: 1, result: first }];
		const loadAll = async () => {
			const loaded = await Promise.all(used.map(async (view) => ({ weight: view.weight, data: await load(view.result) })));
			const page = loaded[0]?.data ?? (await load(first));
			return { ...page, id: first.id, target: chooseTarget(page, loaded) };
		};
		return { id: first.id, data: () => (data ??= loadAll()) };
	};

	/**
	 * Pagefind ranks whole pages, so a long page that mentions every word often beats the page with
	 * the question that answers. The first `reorder` are put in order of how well their best part answers.
	 */
	const byAnswer = async (results: readonly FoundPage[], reorder: number): Promise<FoundPage[]> => {
		const first = results.slice(0, reorder);
		const scores = await Promise.all(first.map(async (result) => (await result.data()).target.score));
		const ordered = first.map((result, index) => ({ result, score: scores[index] ?? 0, index }));
		ordered.sort((a, b) => b.score - a.score || a.index - b.index);
		return [...ordered.map(({ result }) => result), ...results.slice(reorder)];
	};

	/**
	 * Searches for `units` (from the query expander). `total` is how many pages the index holds,
	 * which scales how much a word's rarity counts. Resolves to null when Pagefind gives no response.
	 */
	return async (
		units: readonly QueryUnit[],
		total: number,
		searchOptions: PagefindSearchOptions = {},
		state: QueryState = {},
	): Promise<SearchOutcome | null> => {
		const search = async (parts: readonly QueryUnit[]) => backend.search(parts.map((unit) => unit.text).join(' '), searchOptions);
		const reorder = state.reorder ?? 0;
		let uncertain = false;
		/**
		 * Whether a word is one no page holds. Pagefind falls back to a shorter form of a word it
		 * does not hold ("dermaroler" finds pages about "derma"); an exact search has no fallback.
		 */
		const isUnknown = async (unit: QueryUnit, pages: number, last: boolean) => {
			if (unit.termId) return false;
			if (pages === 0) return true;
			const exact = (await backend.search(`"${unit.text}"`, searchOptions))?.results.length ?? 0;
			if (exact > 0) return false;
			if (!state.typing || !last) return true;
			uncertain = true;
			return false;
		};
		if (units.length <= 1) {
			const response = await search(units);
			if (!response) return null;
			const unit = units[0];
			// Pagefind's guesses for a word it does not hold are not listed: the reader gets suggestions.
			const unknown = unit && (await isUnknown(unit, response.results.length, true)) ? [unit.label] : [];
			const results =
				unknown.length > 0
					? []
					: await byAnswer(
							response.results.map((result) => found(result, [{ weight: 1, result }])),
							reorder,
						);
			return { results, complete: results.length, unknown, uncertain, unitPages: unit ? [response.results.length] : [], response };
		}
		const alone = await Promise.all(units.map(async (unit) => search([unit])));
		const byUnit = await Promise.all(
			units.map(async (unit, index) => {
				const own = alone[index] ?? null;
				const results = own?.results ?? [];
				return {
					unit,
					own,
					results,
					unknown: await isUnknown(unit, results.length, index === units.length - 1),
					weight: rarity(results.length, total),
					byId: new Map(results.map((result) => [result.id, result])),
				};
			}),
		);
		const unitPages = byUnit.map(({ results }) => results.length);
		const unknown = byUnit.filter((entry) => entry.unknown).map(({ unit }) => unit.label);
		const known = byUnit.filter((entry) => !entry.unknown);
		// A word no page holds would leave nothing, or only Pagefind's guesses: search without it.
		// One known unit has been searched alone already.
		const response = known.length === 1 ? (known[0]?.own ?? null) : await search(known.length > 0 ? known.map(({ unit }) => unit) : units);
		if (!response) return null;
		const viewsOf = (id: string): View[] =>
			known.flatMap(({ weight, byId }) => {
				const result = byId.get(id);
				return result ? [{ weight, result }] : [];
			});
		const complete =
			known.length > 0
				? await byAnswer(
						response.results.map((result) => found(result, viewsOf(result.id))),
						reorder,
					)
				: [];
		const outcome = { results: complete, complete: complete.length, unknown, uncertain, unitPages, response };
		if (complete.length >= enough || known.length < 2) return outcome;

		// Words on more than half of the pages tell little apart; they count only if nothing rarer was found.
		const matched = [...known].sort((a, b) => a.results.length - b.results.length);
		const telling = matched.filter(({ results }) => results.length <= total / 2);
		const chosen = telling.length > 0 ? telling : matched.slice(0, 1);
		const listed = new Set(response.results.map((result) => result.id));
		const others = new Map<string, { first: PagefindResult; score: number }>();
		for (const { results, weight } of chosen) {
			const best = Math.max(...results.map((result) => result.score));
			for (const result of results) {
				if (listed.has(result.id)) continue;
				const entry = others.get(result.id) ?? { first: result, score: 0 };
				// Every telling word a page holds counts in full; how well it matches breaks ties.
				entry.score += weight * (1 + (best > 0 ? result.score / best : 0));
				others.set(result.id, entry);
			}
		}
		const relaxed = await byAnswer(
			[...others.values()].sort((a, b) => b.score - a.score).map(({ first }) => found(first, viewsOf(first.id))),
			state.reorderRelaxed ?? reorder,
		);
		if (relaxed.length === 0) return outcome;
		const relaxedTo = chosen
			.map(({ unit }) => unit)
			.sort((a, b) => units.indexOf(a) - units.indexOf(b))
			.map((unit) => unit.label);
		return { ...outcome, results: [...complete, ...relaxed], relaxedTo };
	};
}
