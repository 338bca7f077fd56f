/**
 * The messages an embedded FAQ frame sends to the page around it. The embed page posts them
 * and the loader (`/embed.js`) reads them, so both import the names from here.
 */

/** The `type` of the message that reports the embed's content height in CSS pixels. */
export const heightMessageType = 'cit-faq:height';

/** No real FAQ is taller than this; a larger number is treated as a bad message. */
export const maxReportedHeight = 100_000;

interface HeightMessage {
	type: typeof heightMessageType;
	/** The content height in whole CSS pixels. */
	height: number;
}

/** The message the embed posts for a content height (rounded up to whole pixels). */
export function heightMessage(height: number): HeightMessage {
	return { type: heightMessageType, height: Math.ceil(height) };
}

/**
 * Whether `data` (a `MessageEvent.data` from anywhere) is a height message: the right type and a
 * finite, non-negative height no larger than `maxReportedHeight`. Other fields are ignored.
 */
export function isHeightMessage(data: unknown): data is HeightMessage {
	if (typeof data !== 'object' || data === null) return false;
	const { type, height } = data as Record<string, unknown>;
	return type === heightMessageType && typeof height === 'number' && Number.isFinite(height) && height >= 0 && height <= maxReportedHeight;
}
