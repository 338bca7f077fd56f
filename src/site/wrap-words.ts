/**
 * Greedy word wrap into lines of at most `max` characters, for SVG `<text>`, which does not
 * wrap by itself. A word longer than `max` gets a line of its own rather than being cut.
 */
export function wrapWords(text: string, max: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}
