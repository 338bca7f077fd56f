import { describe, expect, it } from 'vitest';
import { spacedRefresh } from './integration';

describe('spacedRefresh', () => {
	it('puts the space HTML wants after the semicolon of Astro’s redirect refresh', () => {
		const page =
			'<!doctype html><title>Redirecting to: /aftercare/#a</title><meta http-equiv="refresh" content="0;url=/aftercare/#a"><body>';
		expect(spacedRefresh(page)).toBe(page.replace('content="0;url=', 'content="0; url='));
		expect(spacedRefresh('<!doctype html><title>Page</title>')).toBeUndefined();
	});
});
