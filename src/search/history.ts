import { type SearchState, sameSearch } from './params';

/** What to do with the browser history for a change of search. */
export type HistoryAction = 'push' | 'replace' | 'none';

/**
 * Decides how searches reach the address bar, so Back and Forward step through searches, not
 * keystrokes. The first keystroke after a settled search pushes a new entry and later keystrokes
 * replace it; a submit, a pause or a change of section settles it, so the next keystroke starts
 * a new entry. A search restored by Back or Forward is settled too.
 */
export function createHistoryPolicy(initial: SearchState) {
	let current = initial;
	let typing = false;
	return {
		/** The search in the current history entry. */
		get current(): SearchState {
			return current;
		},
		/** The query changed while typing. */
		typed(state: SearchState): HistoryAction {
			if (sameSearch(state, current)) return 'none';
			const action: HistoryAction = typing ? 'replace' : 'push';
			current = state;
			typing = true;
			return action;
		},
		/** A deliberate change: a submit or a new section. */
		chose(state: SearchState): HistoryAction {
			const action: HistoryAction = sameSearch(state, current) ? 'none' : typing ? 'replace' : 'push';
			current = state;
			typing = false;
			return action;
		},
		/** Typing paused: the search in the address is final. */
		settled(): void {
			typing = false;
		},
		/** Back or Forward brought back this search. */
		restored(state: SearchState): void {
			current = state;
			typing = false;
		},
	};
}

/** Hands out a number per search so that only the newest search's response is shown. */
export function createSequence() {
	let latest = 0;
	return {
		next: (): number => ++latest,
		isLatest: (id: number): boolean => id === latest,
	};
}
