/**
 * The reading-grade report of the built site, shared by the end-to-end test
 * (`e2e/plain-language.spec.ts`) and `npm run grade`, so both measure the same text the same
 * way and print the same figures.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { countText, readingGrade, splitSentences, type TextRules } from './readability.ts';
import { type InfleszBand, infleszBand, infleszScore, spanishText } from './readability-es.ts';
import { notProseElements } from './visible-text.ts';

/** The languages pages are graded in, each on its own scale. */
type Language = 'en' | 'es';

/** The text in `<main>` is held to US grade 8 or lower on every page, and 7 or lower for the median page. */
export const gradeLimits = { page: 8, median: 7 } as const;

/**
 * Spanish text is held to a Flesch–Szigriszt index of 55 or higher on every page ("normal" on the
 * INFLESZ scale, what Spain's general press reads at), and 65 or higher ("bastante fácil") for the
 * median page.
 */
export const infleszLimits = { page: 55, median: 65 } as const;

/** How a language's pages are graded, and the words its report uses. */
interface Scale {
	limits: { page: number; median: number };
	/** A text's figure on the scale. */
	measure(text: string): number;
	/** Which way is harder: 1 when a higher figure is (a school grade), −1 when a lower one is (an ease score). */
	harder: 1 | -1;
	/** How the language's text is cut into sentences and words; English when absent. */
	text?: TextRules;
	/** The report's first line. */
	title: string;
	/** How a page past the limit is counted, e.g. "1 over grade 8". */
	pastPage: string;
	pastMedian: string;
	pastMark: string;
}

const scales: Record<Language, Scale> = {
	en: {
		limits: gradeLimits,
		measure: readingGrade,
		harder: 1,
		title: `Reading grades (Flesch-Kincaid US school grade; each page ${gradeLimits.page} or lower, the median ${gradeLimits.median} or lower):`,
		pastPage: `over grade ${gradeLimits.page}`,
		pastMedian: `the median is over ${gradeLimits.median}`,
		pastMark: '(over the limit)',
	},
	es: {
		limits: infleszLimits,
		measure: infleszScore,
		harder: -1,
		text: spanishText,
		title: `Spanish pages (Flesch–Szigriszt index on the INFLESZ scale; each page ${infleszLimits.page} or higher, the median ${infleszLimits.median} or higher):`,
		pastPage: `under ${infleszLimits.page}`,
		pastMedian: `the median is under ${infleszLimits.median}`,
		pastMark: '(under the limit)',
	},
};

/** One sentence and its own figure on its page's scale. */
export interface SentenceGrade {
	grade: number;
	text: string;
}

/** One page's figure on its language's scale, and optionally its hardest sentences. */
export interface PageGrade {
	path: string;
	language: Language;
	/** A US school grade for English (lower is easier), the Flesch–Szigriszt index for Spanish (higher is easier). */
	grade: number;
	/** Spanish: the INFLESZ band of the grade. */
	band?: InfleszBand;
	hardest?: SentenceGrade[];
}

/** One language's pages: every page's figure, the median and the pages past the limit. */
interface LanguageReport {
	limits: Scale['limits'];
	median: number;
	pages: PageGrade[];
	pastLimit: PageGrade[];
	/** No page past its limit, and the median (of one page or more) within its own. */
	passes: boolean;
}

/** The English and the Spanish pages, each on its own scale and with its own median. */
interface ReadabilityReport {
	english: LanguageReport;
	spanish: LanguageReport;
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
	return mainTextOf(fromHtml(html));
}

function mainTextOf(page: Root): string {
	const main = select('main', page);
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

/** How far a figure is past a limit on a scale: positive past it, zero or less within it. */
function past(scale: Scale, figure: number, limit: number): number {
	return (figure - limit) * scale.harder;
}

/** How many of a page's hardest sentences the report names. */
const hardestCount = 3;

/** A page's language from its `<html lang>`: Spanish for "es" and its regions ("es-ES", "es-419"), else English. */
function languageOf(lang: unknown): Language {
	return typeof lang === 'string' && /^es(?:-|$)/i.test(lang) ? 'es' : 'en';
}

/** A text's figure on its language's scale, with the INFLESZ band for Spanish. */
export function gradeText(text: string, language: Language): Pick<PageGrade, 'language' | 'grade' | 'band'> {
	const grade = scales[language].measure(text);
	return language === 'es' ? { language, grade, band: infleszBand(grade) } : { language, grade };
}

/**
 * A built page's figure over all the text of its `<main>` (see `mainText`), in the language of
 * its `<html lang>`, with its hardest sentences for the writer to start on. The end-to-end test
 * and `npm run grade` both grade pages with this.
 */
export function gradePage(path: string, html: string): PageGrade {
	const page = fromHtml(html);
	const language = languageOf(select('html', page)?.properties.lang);
	const scale = scales[language];
	const text = mainTextOf(page);
	// Ranked by how far each sentence pulls the page past the limit: its words times its figure
	// past the limit, so a long hard sentence comes before a two-word medical term.
	const pull = (sentence: SentenceGrade): number =>
		countText(sentence.text, scale.text).word * past(scale, sentence.grade, scale.limits.page);
	const hardest = splitSentences(text, scale.text)
		.map((sentence) => ({ grade: scale.measure(sentence), text: sentence }))
		.sort((a, b) => pull(b) - pull(a))
		.slice(0, hardestCount);
	return { path, ...gradeText(text, language), hardest };
}

/** The middle grade (the higher of the two middle ones for an even count); 0 for no pages. */
export function medianGrade(grades: readonly number[]): number {
	const sorted = [...grades].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** One language's report, its pages in the order given. */
function languageReport(pages: PageGrade[], scale: Scale): LanguageReport {
	// The harder of the two middle pages for an even count: the higher grade, the lower score.
	const median = scale.harder * medianGrade(pages.map((page) => scale.harder * page.grade));
	const pastLimit = pages.filter((page) => past(scale, page.grade, scale.limits.page) > 0);
	return {
		limits: scale.limits,
		median,
		pages,
		pastLimit,
		passes: pastLimit.length === 0 && (pages.length === 0 || past(scale, median, scale.limits.median) <= 0),
	};
}

/** The report for a list of page grades: the English and the Spanish pages apart, each in the order given. */
export function readabilityReport(pages: readonly PageGrade[]): ReadabilityReport {
	const english = languageReport(
		pages.filter((page) => page.language === 'en'),
		scales.en,
	);
	const spanish = languageReport(
		pages.filter((page) => page.language === 'es'),
		scales.es,
	);
	return { english, spanish, passes: english.passes && spanish.passes };
}

/** A page's line: its figure, for Spanish its INFLESZ band, and its path. */
export function pageLine(page: Pick<PageGrade, 'path' | 'grade' | 'band'>): string {
	return [page.grade.toFixed(1).padStart(5), ...(page.band ? [page.band.padEnd('bastante fácil'.length)] : []), page.path].join('  ');
}

/** One language's section: one line per page, then the median and the verdict. */
function formatLanguageReport(report: LanguageReport, scale: Scale): string {
	// A page past the limit lists its hardest sentences under it, so the writer knows where to start.
	const lines = report.pages.flatMap((page) => {
		const beyond = report.pastLimit.includes(page);
		return [
			`${pageLine(page)}${beyond ? `  ${scale.pastMark}` : ''}`,
			...(beyond ? (page.hardest ?? []).map((sentence) => `         ${sentence.grade.toFixed(1)}: ${sentence.text}`) : []),
		];
	});
	const verdict = report.passes
		? 'every page is within the limit.'
		: [
				report.pastLimit.length > 0 ? `${report.pastLimit.length} ${scale.pastPage}` : '',
				past(scale, report.median, report.limits.median) > 0 ? scale.pastMedian : '',
			]
				.filter(Boolean)
				.join('; ') + ': shorten sentences and use everyday words (content/README.md, "How we write").';
	return [scale.title, ...lines, `Median ${report.median.toFixed(1)} over ${report.pages.length} pages; ${verdict}`].join('\n');
}

/**
 * The report as printed: the English pages, then the Spanish pages in a section of their own,
 * or one line saying there are none.
 */
export function formatReadabilityReport(report: ReadabilityReport): string {
	return [
		formatLanguageReport(report.english, scales.en),
		report.spanish.pages.length > 0
			? formatLanguageReport(report.spanish, scales.es)
			: 'No Spanish pages (<html lang="es">) to grade on the INFLESZ scale.',
	].join('\n');
}
