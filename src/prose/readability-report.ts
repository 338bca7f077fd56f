/**
 * The reading-grade report of the built site, shared by the end-to-end test
 * (`e2e/plain-language.spec.ts`) and `npm run grade`, so both measure the same text the same
 * way and print the same figures.
 */
import type { Element, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { countText, readingGrade, splitSentences } from './readability.ts';
import { notProseElements } from './visible-text.ts';

/** The text in `<main>` is held to US grade 8 or lower on every page, and 7 or lower for the median page. */
export const gradeLimits = { page: 8, median: 7 } as const;

/** One sentence and its own grade. */
export interface SentenceGrade {
	grade: number;
	text: string;
}

/** One page's reading grade, and optionally its hardest sentences. */
export interface PageGrade {
	path: string;
	grade: number;
	hardest?: SentenceGrade[];
}

/** Every page's grade, the median and the pages over the limit. */
interface ReadabilityReport {
	limits: typeof gradeLimits;
	median: number;
	pages: PageGrade[];
	overLimit: PageGrade[];
	/** Every page at or under its limit, and the median at or under its own. */
	passes: boolean;
}

/**
 * What is in `<main>` but is not prose a reader reads as sentences: the elements that are never
 * prose (`notProseElements`), and, for grading only, with the reason:
 * - `noscript`: parsed as raw text, so its markup would read as words.
 * - `[hidden]`, `[aria-hidden="true"]`: nobody sees or hears them (search-only text, the `›`
 *   between breadcrumbs, decorative marks). The spelling check reads hidden text the site's
 *   script shows; a grade is of what is on the page when it loads.
 * - `[role="tooltip"]`: a glossary term's definition, shown only on hover or focus; it repeats
 *   the term's entry, which is graded on its own page, and would cut the sentence it sits in.
 * - `[data-citations]`, `cite`: the sources' own titles, as published; an editor cannot reword them.
 * - `svg`: a drawing's labels are names placed around it, not sentences.
 * Link lists ("Read more"), breadcrumbs, tables, buttons and review dates stay: readers see them.
 */
const notProse = [
	...notProseElements,
	'noscript',
	'[hidden]',
	'[aria-hidden="true"]',
	'[role="tooltip"]',
	'[data-citations]',
	'cite',
	'svg',
].join(', ');

/** Elements whose text runs on inside a sentence; every other element starts and ends a line. */
const inline = new Set([
	'a',
	'abbr',
	'b',
	'bdi',
	'bdo',
	'cite',
	'data',
	'del',
	'dfn',
	'em',
	'i',
	'ins',
	'kbd',
	'mark',
	'q',
	's',
	'samp',
	'small',
	'span',
	'strong',
	'sub',
	'sup',
	'time',
	'u',
	'var',
	'wbr',
]);

/** Marks a link's text while the page is flattened, so a run of links can be told from prose. */
const linkStart = '\u0001';
const linkEnd = '\u0002';

/** Whether text holds a letter, so it belongs to a sentence rather than separating items. */
const hasLetter = (text: string): boolean => /\p{L}/u.test(text);

/**
 * Breaks a run of links ("Read more: Redness, Swelling, Flaking") into one item per link: a
 * link with only punctuation and spaces between it and the links (or line ends) on either side
 * is a list item written on one line. A link inside a sentence ("talk to a licensed provider
 * who…", "See aftercare.") has words on one side and stays part of it.
 */
function splitLinkRuns(line: string): string {
	const pieces = line.split(new RegExp(`[${linkStart}${linkEnd}]`));
	// Even pieces are the text between links, odd pieces the links' own text.
	return pieces
		.map((piece, index) => {
			if (index % 2 === 0) return piece;
			// A label ending in a colon ("Read more:") introduces the run rather than joining it.
			const before = pieces[index - 1] ?? '';
			const alone = (!hasLetter(before) || /:\s*$/.test(before)) && !hasLetter(pieces[index + 1] ?? '');
			return alone ? `\n${piece}\n` : piece;
		})
		.join('');
}

/** A web address as a page prints it; it is read as an address, not as words. */
const webAddress = /\bhttps?:\/\/\S+/g;

/**
 * The text of a built page's `<main>` as readers see it, one line per block: every paragraph,
 * list item, table cell, heading, definition term and description, summary, button and label
 * ends a line, and so does each link of a run of links (`splitLinkRuns`), so text without a
 * full stop never runs on into the next (a line break ends a sentence in `countText`). Parts
 * that are not prose (`notProse`) and web addresses are left out.
 */
export function mainText(html: string): string {
	const main = select('main', fromHtml(html));
	if (!main) return '';
	const skipped = new Set(selectAll(notProse, main));
	const parts: string[] = [];
	const visit = (node: RootContent | Element): void => {
		if (node.type === 'text') parts.push(node.value.replaceAll(linkStart, '').replaceAll(linkEnd, ''));
		if (node.type !== 'element' || skipped.has(node)) return;
		const block = !inline.has(node.tagName);
		const [before, after] = block ? ['\n', '\n'] : node.tagName === 'a' ? [linkStart, linkEnd] : ['', ''];
		parts.push(before);
		for (const child of node.children) visit(child);
		parts.push(after);
	};
	visit(main);
	return parts
		.join('')
		.split('\n')
		.flatMap((line) => splitLinkRuns(line).split('\n'))
		.map((line) => line.replace(webAddress, '').replace(/\s+/g, ' ').trim())
		.filter(hasLetter)
		.join('\n');
}

/** How many of a page's hardest sentences the report names. */
const hardestCount = 3;

/**
 * A built page's grade over all the text of its `<main>` (see `mainText`), with its hardest
 * sentences for the writer to start on. The end-to-end test and
 * `npm run grade` both grade pages with this.
 */
export function gradePage(path: string, html: string): PageGrade {
	const text = mainText(html);
	// Ranked by how far each sentence pulls the page over the limit: its words times its grade
	// above the limit, so a long hard sentence comes before a two-word medical term.
	const pull = (sentence: SentenceGrade): number => countText(sentence.text).word * (sentence.grade - gradeLimits.page);
	const hardest = splitSentences(text)
		.map((sentence) => ({ grade: readingGrade(sentence), text: sentence }))
		.sort((a, b) => pull(b) - pull(a))
		.slice(0, hardestCount);
	return { path, grade: readingGrade(text), hardest };
}

/** The middle grade (the higher of the two middle ones for an even count); 0 for no pages. */
export function medianGrade(grades: readonly number[]): number {
	const sorted = [...grades].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The report for a list of page grades, in the order given. */
export function readabilityReport(pages: readonly PageGrade[]): ReadabilityReport {
	const median = medianGrade(pages.map((page) => page.grade));
	const overLimit = pages.filter((page) => page.grade > gradeLimits.page);
	return {
		limits: gradeLimits,
		median,
		pages: [...pages],
		overLimit,
		passes: overLimit.length === 0 && median <= gradeLimits.median,
	};
}

/** The report as printed: one line per page, then the median and the verdict. */
export function formatReadabilityReport(report: ReadabilityReport): string {
	// A page over the limit lists its hardest sentences under it, so the writer knows where to start.
	const lines = report.pages.flatMap((page) => {
		const over = page.grade > report.limits.page;
		return [
			`${page.grade.toFixed(1).padStart(5)}  ${page.path}${over ? '  (over the limit)' : ''}`,
			...(over ? (page.hardest ?? []).map((sentence) => `         ${sentence.grade.toFixed(1)}: ${sentence.text}`) : []),
		];
	});
	const verdict = report.passes
		? 'every page is within the limit.'
		: [
				report.overLimit.length > 0 ? `${report.overLimit.length} over grade ${report.limits.page}` : '',
				report.median > report.limits.median ? `the median is over ${report.limits.median}` : '',
			]
				.filter(Boolean)
				.join('; ') + ': shorten sentences and use everyday words (content/README.md, "How we write").';
	return [
		`Reading grades (Flesch-Kincaid US school grade; each page ${report.limits.page} or lower, the median ${report.limits.median} or lower):`,
		...lines,
		`Median ${report.median.toFixed(1)} over ${report.pages.length} pages; ${verdict}`,
	].join('\n');
}
