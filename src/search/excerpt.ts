/** One run of an excerpt: plain text, marked (a matched word) or not. */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/** Turns the few entities Pagefind writes back into characters. Anything else stays as written. */
export function decodeEntities(text: string): string {
	return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => entities[name] ?? '');
}

/**
 * Splits a Pagefind excerpt into text runs, marked where Pagefind wrapped a match in `<mark>`.
 * The excerpt is never parsed as HTML: `<mark>` and `</mark>` are the only tags read, and every
 * other character (an escaped `&lt;img …&gt;` from a page, say) becomes text, so the caller can
 * build the excerpt from text nodes alone.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let marked = false;
	for (const piece of excerpt.split(/(<\/?mark>)/)) {
		if (piece === '<mark>') marked = true;
		else if (piece === '</mark>') marked = false;
		else if (piece) {
			const text = decodeEntities(piece);
			const last = parts.at(-1);
			if (last && last.marked === marked) last.text += text;
			else parts.push({ text, marked });
		}
	}
	return parts;
}
