/**
 * Finds figures typed into prose. Sessions, intervals and durations are stated once, in
 * `content/facts.yaml`; a figure written anywhere else could drift from it, so the content
 * check reports it with the fix.
 */

/** A figure found outside the facts file. */
interface StrayFigure {
	line: number;
	text: string;
}

/** Where a match is in a text: its 1-based line and the matched words. */
export function lineAt(text: string, index: number): number {
	return text.slice(0, index).split('\n').length;
}

/** Escapes a phrase for use inside a regular expression. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const unit = String.raw`(?:sessions?|treatments?|weeks?|days?|months?|minutes?|mins?|hours?|hrs?|years?)`;
const digits = String.raw`\d+(?:\.\d+)?`;
const ones = 'one|two|three|four|five|six|seven|eight|nine';
/**
 * Counts written as words: one to nineteen, and the tens with their compounds ("twenty-four",
 * "forty-eight"). "A few", "several" and "a dozen" are not counts a reader could compare with
 * a fact, so they stay allowed.
 */
const numberWord = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:${ones}))?|${ones}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
const count = String.raw`(?:${digits}|${numberWord})`;
/** "One" alone is mostly a word, not a figure ("two names for one treatment"); in a range it counts. */
const singleWord = String.raw`(?!one\b)${numberWord}`;

/**
 * A figure: a range ("3-6 sessions", "1 to 3 days", "two or three weeks", "30–45 minutes") or
 * a single count of any unit ("4 days", "24 hours", "three days", "a 48-hour wait", "24h"; not
 * "one day").
 * The range comes first so that "1 to 3 days" is one figure, not "3 days". Ids in addresses
 * ("/aftercare/first-24-hours/") are not figures.
 */
export const figureSource = String.raw`(?<![-/#])\b(?:${count}\s*(?:-|–|—|\bto\b|\bor\b|\band\b)\s*${count}(?:\s+|-)${unit}|${digits}(?:\s*|-)${unit}|${singleWord}(?:\s+|-)${unit}|${digits}\s*h)\b`;

/**
 * The phrases a phase name leaves allowed: each aftercare phase's `title` ("The first 24 hours",
 * "Days 2 and 3"), without a leading "The", so "the first 24 hours" and "first 24 hours" both
 * name the phase rather than state a figure.
 */
export function phaseNamePhrases(titles: readonly string[]): string[] {
	return titles.map((title) => title.trim().replace(/^(?:the|las?|los|el)\s+/i, '')).filter(Boolean);
}

/** Replaces each phrase (case-insensitive, whole words) with spaces, keeping every position. */
export function maskPhrases(text: string, phrases: readonly string[]): string {
	return phrases.reduce(
		(masked, phrase) => masked.replace(new RegExp(String.raw`\b${escapeRegExp(phrase)}\b`, 'gi'), (match) => ' '.repeat(match.length)),
		text,
	);
}

/**
 * Lists the figures in a text, with their 1-based line numbers. `phaseNames` (from
 * `phaseNamePhrases`) are names, not figures, wherever they appear.
 */
export function findStrayFigures(text: string, { phaseNames = [] }: { phaseNames?: readonly string[] } = {}): StrayFigure[] {
	const masked = maskPhrases(text, phaseNames);
	return [...masked.matchAll(new RegExp(figureSource, 'gi'))].map((match) => ({ line: lineAt(masked, match.index), text: match[0] }));
}

/** Spanish counts in words with a unit ("tres días", "dos o tres semanas"); "un día" and "una semana" are words, as "one day" is. */
const spanishNumberWord = String.raw`(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci(?:séis|siete|ocho|nueve)|veinte|veinti\p{L}+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)`;
const spanishUnit = String.raw`(?:sesión|sesiones|tratamientos?|semanas?|días?|mes|meses|minutos?|horas?|años?)`;
const spanishCount = String.raw`(?<![\p{L}\p{N}])${spanishNumberWord}(?:\s+(?:a|o|u|y)\s+${spanishNumberWord})?\s+${spanishUnit}(?![\p{L}\p{N}])`;

/**
 * Numbers a translation may type, as they are not figures the facts could hold: a year, a day of
 * a month ("15 de octubre"), the emergency number and a phone number.
 */
const allowedNumber = String.raw`(?<![\p{N}-])(?:(?:19|20)\d{2}|911|\d{1,2}(?=\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b)|\d-\d{3}-\d{3}-\d{4})(?![\p{N}-])`;

/**
 * Lists the figures typed into a translation, with their 1-based lines: any number but a year,
 * a date, 911 or a phone number, and counts in words with a unit. A translation restates the
 * English words and takes every figure from the facts, so it may type none. `phaseNames` are
 * the translated aftercare phases' titles ("Días 2 y 3"), names rather than figures.
 */
export function findTypedNumbers(text: string, { phaseNames = [] }: { phaseNames?: readonly string[] } = {}): StrayFigure[] {
	const masked = maskPhrases(text, phaseNames).replace(new RegExp(allowedNumber, 'gu'), (match) => ' '.repeat(match.length));
	const found = [...masked.matchAll(/\d+(?:[.,]\d+)*/g), ...masked.matchAll(new RegExp(spanishCount, 'giu'))];
	return found.sort((a, b) => a.index - b.index).map((match) => ({ line: lineAt(masked, match.index), text: match[0] }));
}
