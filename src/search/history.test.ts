import { describe, expect, it } from 'vitest';
import { createHistoryPolicy, createSequence } from './history';

const state = (query: string, section = '') => ({ query, section });

describe('createHistoryPolicy', () => {
	it('pushes one entry for a typed search and replaces it while typing goes on', () => {
		const policy = createHistoryPolicy(state(''));
		expect(['C', 'CI', 'CIT'].map((query) => policy.typed(state(query)))).toEqual(['push', 'replace', 'replace']);
		expect(policy.current).toEqual(state('CIT'));
	});

	it('starts a new entry after the search settles', () => {
		const policy = createHistoryPolicy(state(''));
		policy.typed(state('CIT'));
		policy.settled();
		expect(policy.typed(state('CIT redness'))).toBe('push');
	});

	it('does nothing when the search did not change', () => {
		const policy = createHistoryPolicy(state('CIT'));
		expect(policy.typed(state('CIT '))).toBe('none');
		expect(policy.chose(state('CIT'))).toBe('none');
	});

	it('keeps the typed entry on submit and settles it', () => {
		const policy = createHistoryPolicy(state(''));
		policy.typed(state('redness'));
		expect(policy.chose(state('redness'))).toBe('none');
		expect(policy.typed(state('redness swelling'))).toBe('push');
	});

	it('pushes a change of section', () => {
		const policy = createHistoryPolicy(state('CIT'));
		expect(policy.chose(state('CIT', 'FAQ'))).toBe('push');
	});

	it('treats a restored search as settled', () => {
		const policy = createHistoryPolicy(state(''));
		policy.typed(state('CIT'));
		policy.restored(state(''));
		expect(policy.current).toEqual(state(''));
		expect(policy.typed(state('swelling'))).toBe('push');
	});
});

describe('createSequence', () => {
	it('knows only the newest search', () => {
		const sequence = createSequence();
		const first = sequence.next();
		const second = sequence.next();
		expect(sequence.isLatest(first)).toBe(false);
		expect(sequence.isLatest(second)).toBe(true);
	});
});
