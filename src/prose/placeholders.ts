/**
 * Placeholder words that must never reach a reader. TODO counts in capitals only, as writers
 * type it: "todo" is Spanish for "all".
 */
const placeholder = /\b(?:TODO|(?i:TBD|FIXME|lorem ipsum))\b/;

/** Lists the 1-based line numbers and text of lines that still hold placeholder text. */
export function findPlaceholders(text: string): { line: number; text: string }[] {
	return text
		.split('\n')
		.map((lineText, index) => ({ line: index + 1, text: lineText.trim() }))
		.filter((line) => placeholder.test(line.text));
}
