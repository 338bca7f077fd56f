/**
 * Finds prose that rates evidence in its own words ("the best evidence", "clinically proven").
 * How strong the evidence is for a concern is said once, by its benefit's `evidence.level` on
 * the scale in content/scales.yaml; other words could say more than that entry does.
 */

/** A phrase that rates evidence outside the scale. */
interface EvidenceWords {
	line: number;
	text: string;
}

const patterns = [
	/\b(?:the\s+)?(?:best|strong|stronger|strongest|good|solid|robust|clear|firm|high-quality)\s+(?:evidence|proof)\b/gi,
	/\b(?:well|clinically|scientifically)[- ]proven\b/gi,
	/\bproven\s+to\s+work\b/gi,
];

/** Each phrase in a text that rates evidence in words other than the scale's, with its 1-based line. */
export function findEvidenceWords(text: string): EvidenceWords[] {
	return text
		.split('\n')
		.flatMap((lineText, index) =>
			patterns.flatMap((pattern) => [...lineText.matchAll(pattern)].map((match) => ({ line: index + 1, text: match[0] }))),
		);
}

/** What to do about one: the editor's fix. */
export function evidenceWordsMessage(found: EvidenceWords): string {
	return `"${found.text}" rates the evidence in words of its own. Say how strong it is only with the scale (moderate, some or little evidence) that the concern's entry in content/benefits/ gives, or say what was studied ("acne scars are the use studied most").`;
}
