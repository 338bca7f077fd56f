import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyText, createAnnouncer, selectedMessage, type TextClipboard } from './clipboard';

/** A clipboard that keeps what was written, or refuses the way a denied permission does. */
function fakeClipboard(refuse = false): TextClipboard & { text: string | undefined } {
	return {
		text: undefined,
		async writeText(text: string) {
			if (refuse) throw new DOMException('Write permission denied.', 'NotAllowedError');
			this.text = text;
		},
	};
}

describe('copyText', () => {
	it('writes the text and says it was copied', async () => {
		const clipboard = fakeClipboard();
		await expect(copyText('https://example.test/aftercare/#clean-hands', clipboard)).resolves.toBe(true);
		expect(clipboard.text).toBe('https://example.test/aftercare/#clean-hands');
	});

	it('says it was not copied when the clipboard refuses, without rejecting', async () => {
		const clipboard = fakeClipboard(true);
		await expect(copyText('text', clipboard)).resolves.toBe(false);
		expect(clipboard.text).toBeUndefined();
	});

	it('says it was not copied when there is no Clipboard API', async () => {
		await expect(copyText('text', null)).resolves.toBe(false);
		await expect(copyText('text', {} as TextClipboard)).resolves.toBe(false);
	});

	it('treats a writeText that throws at once like a refusal', async () => {
		const clipboard: TextClipboard = {
			writeText() {
				throw new TypeError('Illegal invocation');
			},
		};
		await expect(copyText('text', clipboard)).resolves.toBe(false);
	});

	it('uses navigator.clipboard when no clipboard is passed', async () => {
		const clipboard = fakeClipboard();
		vi.stubGlobal('navigator', { clipboard });
		try {
			await expect(copyText('from navigator')).resolves.toBe(true);
			expect(clipboard.text).toBe('from navigator');
		} finally {
			vi.unstubAllGlobals();
		}
	});
});

describe('selectedMessage', () => {
	it('tells the reader the keys to press', () => {
		expect(selectedMessage('link')).toBe('The link is selected. Press Ctrl+C, or Command+C on a Mac, to copy it.');
	});
});

describe('createAnnouncer', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('empties the region, writes the message after a pause, and clears it later', () => {
		const announce = createAnnouncer({ settleMs: 50, clearAfterMs: 1000 });
		const region = { textContent: 'old' };
		announce(region, 'Link copied');
		expect(region.textContent).toBe('');
		vi.advanceTimersByTime(50);
		expect(region.textContent).toBe('Link copied');
		vi.advanceTimersByTime(999);
		expect(region.textContent).toBe('Link copied');
		vi.advanceTimersByTime(1);
		expect(region.textContent).toBe('');
	});

	it('lets a new message replace the last one without an old timer clearing it', () => {
		const announce = createAnnouncer({ settleMs: 50, clearAfterMs: 1000 });
		const region = { textContent: '' };
		announce(region, 'Link copied');
		vi.advanceTimersByTime(900);
		announce(region, 'Link copied');
		expect(region.textContent).toBe('');
		vi.advanceTimersByTime(50);
		expect(region.textContent).toBe('Link copied');
		vi.advanceTimersByTime(500);
		expect(region.textContent).toBe('Link copied');
	});

	it('keeps the timers of different regions apart', () => {
		const announce = createAnnouncer({ settleMs: 10, clearAfterMs: 100 });
		const first = { textContent: '' };
		const second = { textContent: '' };
		announce(first, 'one');
		vi.advanceTimersByTime(60);
		announce(second, 'two');
		vi.advanceTimersByTime(40);
		expect(first.textContent).toBe('one');
		expect(second.textContent).toBe('two');
		vi.advanceTimersByTime(20);
		expect(first.textContent).toBe('');
		expect(second.textContent).toBe('two');
	});
});
