/**
 * Finds figures typed into prose. Sessions, intervals and durations are stated once, in
 * `content/facts.yaml`; a figure written anywhere else could drift from it, so the content
 * check reports it with the fix.
 */

/** A figure found outside the facts file. */
export interface StrayFigure {
	line: number;
	text: string;
}

const unit = String.raw`(?:sessions?|treatments?|weeks?|days?|months?|minutes?|mins?|hours?|hrs?|years?)`;
const number = String.raw`\d+(?:\.\d+)?`;
const patterns = [
	// A range: "3-6 sessions", "1 to 3 days", "2 or 3 treatments", "30–45 minutes".
	new RegExp(String.raw`\b${number}\s*(?:-|–|—|to|or)\s*${number}\s*${unit}\b`, 'gi'),
	// A single count of sessions, weeks, months or minutes: "6 sessions", "30 minutes".
	// Hours and days stand alone in phase names ("the first 24 hours"), so only ranges count for them.
	new RegExp(String.raw`\b${number}\s*(?:sessions?|treatments?|weeks?|months?|minutes?|mins?)\b`, 'gi'),
];

/** Lists the figures in a text, with their 1-based line numbers. */
export function findStrayFigures(text: string): StrayFigure[] {
	const found: StrayFigure[] = [];
	text.split('\n').forEach((lineText, index) => {
		const seen = new Set<number>();
		for (const pattern of patterns) {
			for (const match of lineText.matchAll(pattern)) {
				if ([...seen].some((start) => Math.abs(start - (match.index ?? 0)) < match[0].length)) continue;
				seen.add(match.index ?? 0);
				found.push({ line: index + 1, text: match[0] });
			}
		}
	});
	return found;
}
