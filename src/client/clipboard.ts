/**
 * Copying text for the reader, shared by the copy buttons on /for-clinics/ and the "copy link"
 * buttons on the aftercare pages. The Clipboard API can be missing (an old browser, a page not
 * served over HTTPS) or refuse (a denied permission); `copyText` says which happened, so the
 * caller can fall back to selecting the text for Ctrl+C. `createAnnouncer` puts short messages
 * in a polite live region so screen readers say them, and clears them again.
 */

/** The part of `navigator.clipboard` this needs; a test passes a fake. */
export interface TextClipboard {
	writeText(text: string): Promise<void>;
}

/**
 * Writes `text` to the clipboard. Resolves to `true` when it was copied and `false` when the
 * clipboard is missing or refused (never rejects), so the caller shows its fallback. Pass
 * `null` for "no Clipboard API"; leaving it out uses `navigator.clipboard`.
 */
export async function copyText(text: string, clipboard: TextClipboard | null | undefined = defaultClipboard()): Promise<boolean> {
	if (!clipboard || typeof clipboard.writeText !== 'function') return false;
	try {
		await clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

function defaultClipboard(): TextClipboard | undefined {
	return typeof navigator === 'undefined' ? undefined : navigator.clipboard;
}

/** What to tell the reader when the text could not be copied and has been selected instead. */
export function selectedMessage(what: string): string {
	return `The ${what} is selected. Press Ctrl+C, or Command+C on a Mac, to copy it.`;
}

/** The part of an element a live region needs: its text. */
interface LiveRegion {
	textContent: string | null;
}

interface AnnouncerOptions {
	/** How long a message stays before the region is emptied. */
	clearAfterMs?: number;
	/**
	 * The pause between emptying the region and writing the message: a region whose text does
	 * not change is not announced again, so a second "Copied" needs the empty step first.
	 */
	settleMs?: number;
}

/**
 * Makes an `announce(region, message)` that empties the region, writes the message a moment
 * later, and empties it again after a while. Each region keeps its own timers, so a new message
 * replaces the one before it instead of being cleared by an old timer.
 */
export function createAnnouncer({ clearAfterMs = 6000, settleMs = 50 }: AnnouncerOptions = {}) {
	const timers = new Map<LiveRegion, ReturnType<typeof setTimeout>>();
	return function announce(region: LiveRegion, message: string): void {
		clearTimeout(timers.get(region));
		region.textContent = '';
		timers.set(
			region,
			setTimeout(() => {
				region.textContent = message;
				timers.set(
					region,
					setTimeout(() => {
						region.textContent = '';
						timers.delete(region);
					}, clearAfterMs),
				);
			}, settleMs),
		);
	};
}
