/**
 * Finds advice timings typed into prose. When a patient may wash, wear makeup, exercise… again
 * is written once, in `content/advice.yaml`, and shown with `<Advice id="…" />` (or an aftercare
 * step's `timing`); a sentence that names one of those activities together with a time gives
 * its own timing, which could disagree with the file, so the content check reports it.
 */
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { dataComponentOf } from '../model/data-components.ts';
import { parseBody } from '../model/mdx.ts';
import { escapeRegExp, figureSource, lineAt } from './figures.ts';

/** One activity of the advice file, as the check needs it. */
interface AdviceActivity {
	/** Its id: `<Advice id="makeup" />`, `timing: makeup`. */
	id: string;
	/** What it is about: "Wearing makeup". */
	activity: string;
	/** The words that name it in prose: [makeup, make-up]. */
	keywords: string[];
}

/** A sentence that names an activity and gives a time for it. */
interface AdviceTiming {
	line: number;
	id: string;
	activity: string;
	/** The time as written, with the word before it when that says how it applies ("after 2 days"). */
	time: string;
}

/** The activities of an advice file (`content/advice.yaml`): each top-level entry with its keywords. */
export function adviceActivities(yaml: string): AdviceActivity[] {
	const data = (parseYaml(yaml) ?? {}) as Record<string, { activity?: unknown; keywords?: unknown }>;
	return Object.entries(data).map(([id, entry]) => ({
		id,
		activity: typeof entry?.activity === 'string' ? entry.activity : id,
		keywords: Array.isArray(entry?.keywords) ? entry.keywords.filter((word): word is string => typeof word === 'string') : [],
	}));
}

/** The word before a time that says how it applies, kept for the message. */
const lead = String.raw`(?:(?:after|for|within|until|till|before|in|over|about|around|at least|up to|from)\s+)?`;

/**
 * Times that are not figures but still give a timing. "Until your clinic says" is left out on
 * purpose: it sends the reader to their clinic rather than stating a time.
 */
const wordedTimes = [
	String.raw`(?:straight|right) away`,
	'immediately',
	'tomorrow',
	'overnight',
	String.raw`the (?:next|following|same) (?:day|morning|evening|night)`,
	String.raw`the day after`,
	String.raw`(?:a|one) (?:day|week) or two`,
	String.raw`a (?:couple of|few) (?:hours|days|weeks)`,
	String.raw`(?:a|an|one) (?:hour|day|week|month)`,
];

/**
 * A time expression: a figure (`figures.ts`: "24 hours", "two days", "48 to 72 hours"), a worded
 * time ("straight away", "the next day", "a few days") or the name of an aftercare phase
 * ("the first 24 hours", "days 2 and 3"), which in a sentence about an activity is its timing.
 */
function timePattern(phaseNames: readonly string[]): RegExp {
	const phases = phaseNames.map((name) => String.raw`(?:the\s+)?${escapeRegExp(name)}`);
	const times = [figureSource, ...phases, ...wordedTimes.map((time) => String.raw`\b${time}\b`)].join('|');
	return new RegExp(String.raw`${lead}(?:${times})`, 'gi');
}

/** A keyword as a whole word, with an optional plural ending; other forms (sweat, sweating) are listed as keywords of their own. */
function keywordPattern(keyword: string): RegExp {
	return new RegExp(String.raw`(?<![\p{L}\p{N}-])${escapeRegExp(keyword)}(?:s|es)?(?![\p{L}\p{N}-])`, 'iu');
}

/** A sentence of a text and where it starts. */
interface Sentence {
	text: string;
	start: number;
}

/**
 * Splits prose into sentences, keeping where each starts. A sentence ends at `.`, `!` or `?`
 * before a space, and at a line break, unless the line runs on into the next (no end
 * punctuation, and the next line starts in lower case, as a wrapped Markdown paragraph does):
 * so a list item, a heading or a YAML value never runs into the next.
 */
export function splitProseSentences(text: string): Sentence[] {
	const sentences: Sentence[] = [];
	let start = 0;
	for (const boundary of text.matchAll(/[.!?]+["'”’)\]]*[ \t]+|\r?\n/g)) {
		const end = boundary.index + boundary[0].length;
		if (boundary[0].endsWith('\n')) {
			const before = text.slice(start, boundary.index).trimEnd();
			const next = text.slice(end).match(/^[ \t]*(\S)/)?.[1] ?? '';
			if (before && !/[.!?:]["'”’)\]]*$/.test(before) && /\p{Ll}/u.test(next)) continue;
		}
		sentences.push({ text: text.slice(start, end), start });
		start = end;
	}
	sentences.push({ text: text.slice(start), start });
	return sentences.filter((sentence) => sentence.text.trim() !== '');
}

/** Blanks what is markup rather than words (JSX and HTML tags, link addresses), keeping positions. */
function wordsOnly(text: string): string {
	return text.replace(/<[^>]*>|\]\([^)]*\)/g, (markup) => ' '.repeat(markup.length));
}

/**
 * Lists the sentences of a text that name an activity (by its keywords) and give a time, once
 * per activity and sentence, at the line of the time. A sentence that shows the activity's
 * own `<Advice id="…" />` takes its timing from the file and is not reported.
 */
export function findAdviceTimings(
	text: string,
	activities: readonly AdviceActivity[],
	{ phaseNames = [] }: { phaseNames?: readonly string[] } = {},
): AdviceTiming[] {
	const times = timePattern(phaseNames);
	const shown = advicePlaces(text);
	const found: AdviceTiming[] = [];
	for (const sentence of splitProseSentences(text)) {
		const words = wordsOnly(sentence.text);
		const timesFound = [...words.matchAll(times)];
		if (timesFound.length === 0) continue;
		for (const activity of activities) {
			const end = sentence.start + sentence.text.length;
			if (shown.some(({ id, offset }) => id === activity.id && offset >= sentence.start && offset < end)) continue;
			const named = activity.keywords.map((keyword) => keywordPattern(keyword).exec(words)?.index).filter((index) => index !== undefined);
			if (named.length === 0) continue;
			// The time nearest the activity's name is the one said about it ("makeup after 2 days, and exercise straight away").
			const distance = (index: number) => Math.min(...named.map((at) => Math.abs(at - index)));
			const time = timesFound.reduce((nearest, candidate) => (distance(candidate.index) < distance(nearest.index) ? candidate : nearest));
			found.push({
				line: lineAt(text, sentence.start + time.index),
				id: activity.id,
				activity: activity.activity,
				time: time[0].replace(/\s+/g, ' ').trim(),
			});
		}
	}
	return found;
}

/** Where each `<Advice id="…" />` of a text starts, with its id, found in the parsed text. */
function advicePlaces(text: string): { id: string; offset: number }[] {
	const places: { id: string; offset: number }[] = [];
	visit(parseBody(text), (node) => {
		const use = dataComponentOf(node);
		const offset = node.position?.start.offset;
		if (use?.component === 'Advice' && use.id && offset !== undefined) places.push({ id: use.id, offset });
	});
	return places;
}

/** Where a timing was found, which decides the fix. */
export type TimingPlace = 'body' | 'aftercare-step' | 'field';

/**
 * The message for a timing, worded for the editor: the activity, the time as written, and the
 * fix for where it is (an MDX body uses `<Advice />`; an aftercare step its `timing` field;
 * frontmatter and other YAML cannot show a component, so the time comes out).
 */
export function adviceTimingMessage(timing: AdviceTiming, place: TimingPlace, adviceFile = 'content/advice.yaml'): string {
	const activity = timing.activity.charAt(0).toLowerCase() + timing.activity.slice(1);
	const fix = {
		body: `write <Advice id="${timing.id}" /> so every page gives the same timing`,
		'aftercare-step': `take the time out of the step and set \`timing: ${timing.id}\` on it, so every page gives the same timing`,
		field: `take the time out of this field (it cannot show a component) and give it in the body with <Advice id="${timing.id}" />, so every page gives the same timing`,
	}[place];
	return `Advice on ${activity} gives a time ("${timing.time}"): ${fix} (${adviceFile}).`;
}
