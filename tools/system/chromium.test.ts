import { describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium } from './chromium';

describe('findChromium', () => {
	it('prefers CHROMIUM_PATH, then Debian’s chromium, then Playwright’s browser', () => {
		expect(chromiumCandidates({ CHROMIUM_PATH: '/opt/c' }, '/pw/chrome')).toEqual(['/opt/c', '/usr/bin/chromium', '/pw/chrome']);
		expect(findChromium({ CHROMIUM_PATH: '/opt/c' }, '/pw/chrome', () => true)).toBe('/opt/c');
		expect(findChromium({}, '/pw/chrome', (path) => path === '/pw/chrome')).toBe('/pw/chrome');
	});

	it('finds nothing when no candidate exists', () => {
		expect(findChromium({ CHROMIUM_PATH: '/nope' }, undefined, () => false)).toBeUndefined();
	});
});
