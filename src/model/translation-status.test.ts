import { describe, expect, it } from 'vitest';
import { staleAmong, translationStates } from './translation-status';

/** An English answer edited after its translation was stamped, beside one that was not. */
const fixture = 'tests/fixtures/content/stale-translation';

describe('staleAmong', () => {
	const states = translationStates('es', fixture, ['faq']);

	it('finds the shown translation whose English changed after it was stamped', () => {
		const page = [
			{ collection: 'pages', id: 'faq' },
			{ collection: 'faq', id: 'does-it-hurt' },
			{ collection: 'faq', id: 'how-long' },
		];
		expect(staleAmong(page, states)).toEqual([{ collection: 'faq', id: 'does-it-hurt' }]);
	});

	it('finds nothing on a page whose translations restate the English as it is', () => {
		expect(staleAmong([{ collection: 'faq', id: 'how-long' }], states)).toEqual([]);
	});

	it('finds nothing once the translation records the current English', () => {
		const stamped = states.map((state) => ({ ...state, recorded: state.current }));
		expect(staleAmong([{ collection: 'faq', id: 'does-it-hurt' }], stamped)).toEqual([]);
	});
});
