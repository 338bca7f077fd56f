/**
 * Checks over the real content that a schema cannot make. Prints `file:line` for each finding
 * with its fix, and a count line; exits 1 when anything is found.
 *
 * - No figure typed outside `content/facts.yaml` (ranges, single counts, counts in words; an
 *   aftercare phase's name is a name), and no placeholder text left in.
 * - No timing for an activity of `content/advice.yaml` typed into prose: a sentence naming one
 *   (by its `keywords`) with a time must show `<Advice id="…" />` instead.
 * - Every MDX file parses (the error `astro build` would stop on, here with a fix), every
 *   `<Fact id>` and `<Advice id>` names an entry of its file, and no FAQ answer is empty.
 * - Every image in an MDX body has alt text.
 * - Headings nest: a body's first heading is one level below the heading the site shows above
 *   it, and no heading skips a level. FAQ answers have no headings.
 * - No entry is past its `nextReview` date (today is `CONTENT_TODAY` when set). The build only
 *   warns about one, so that an urgent fix can still ship; this check is what fails, and lists
 *   every overdue entry with the line to change.
 * - Where an aftercare step, an advice entry or the getting-ready step uses a glossary term
 *   that has `plainWords` (retinoids, SPF…), the same passage uses those words too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { adviceActivities, adviceTimingMessage, findAdviceTimings, type TimingPlace } from '../src/prose/advice-timing.ts';
import { dataComponents, findUnknownReferences } from '../src/model/data-references.ts';
import { evidenceWordsMessage, findEvidenceWords } from '../src/prose/evidence-words.ts';
import { findStrayFigures, findTypedNumbers, phaseNamePhrases } from '../src/prose/figures.ts';
import { contentToday, findOverdueEntries } from '../src/model/freshness.ts';
import { type BodyProblem, findHeadings, findSkippedHeadings, type HeadingContext, pageBody } from '../src/prose/headings.ts';
import { findImagesWithoutAlt } from '../src/prose/images.ts';
import { answerIsEmpty, emptyAnswerMessage } from '../src/model/integrity.ts';
import { findMdxSyntaxError, mdxSyntaxHint, parseMdx } from '../src/model/mdx.ts';
import { readRawEntries } from '../src/model/files.ts';
import { findPlaceholders } from '../src/prose/placeholders.ts';
import {
	advicePassages,
	aftercarePassages,
	findUnexplainedTerms,
	mdxPassages,
	type Passage,
	plainWordsFiles,
	type PlainWordsTerm,
	unexplainedTermMessage,
} from '../src/prose/plain-words.ts';
import { contentProse } from '../src/prose/prose-lines.ts';
import { type Lang, sourceLang } from '../src/i18n/languages.ts';
import { languageFolders, staleMessage, staleTranslations } from '../src/model/translation-status.ts';
import { splitFrontmatter } from '../src/prose/prose-ranges.ts';

const root = process.env.CONTENT_DIR ?? 'content';
const today = contentToday();
const adviceFile = join(root, 'advice.yaml');
/** Each published language's folder (`content/`, `content/es/`). */
const folders = languageFolders(root);
const allLangs = folders.map((folder) => folder.lang);
const translations = allLangs.filter((lang) => lang !== sourceLang);
const langRoot = (lang: Lang) => folders.find((folder) => folder.lang === lang)!.root;

/** A file's language, and its path within that language's folder (`faq/x.mdx`). */
function locate(path: string): { lang: Lang; file: string } {
	const lang = translations.find((candidate) => !relative(langRoot(candidate), path).startsWith('..')) ?? sourceLang;
	return { lang, file: relative(langRoot(lang), path).split(sep).join('/') };
}
/**
 * Files where figures and timings belong, so they are not searched for them: the facts and the
 * advice themselves, and the sources, whose titles are quoted as published.
 */
const dataFiles = new Set(['facts.yaml', 'advice.yaml', 'sources.yaml']);

/** A YAML file's top-level keys and values, or none when the file does not exist. */
function readEntries(path: string): Record<string, unknown> {
	return existsSync(path) ? ((parseYaml(readFileSync(path, 'utf8')) ?? {}) as Record<string, unknown>) : {};
}

/** The aftercare phases' titles in a language, read from its content: "The first 24 hours", "Días 2 y 3"… */
function phaseNamesIn(base: string): string[] {
	const aftercareDir = join(base, 'aftercare');
	return phaseNamePhrases(
		existsSync(aftercareDir)
			? readdirSync(aftercareDir)
					.filter((name) => name.endsWith('.yaml'))
					.map((name) => readEntries(join(aftercareDir, name)).title)
					.filter((title): title is string => typeof title === 'string')
			: [],
	);
}
const phaseNames = Object.fromEntries(allLangs.map((lang) => [lang, phaseNamesIn(langRoot(lang))])) as Record<Lang, string[]>;
const activities = existsSync(adviceFile) ? adviceActivities(readFileSync(adviceFile, 'utf8')) : [];
const dataIds = Object.fromEntries(
	Object.entries(dataComponents).map(([component, { file }]) => [component, Object.keys(readEntries(join(root, file)))]),
) as Record<keyof typeof dataComponents, string[]>;

/** The glossary terms that give plain words for the texts a reader acts on, by their names in a language. */
const plainWordsTermsIn = (base: string): PlainWordsTerm[] =>
	readRawEntries('glossary', base).flatMap(({ id, data }) =>
		typeof data.term === 'string' && typeof data.plainWords === 'string'
			? [
					{
						id,
						term: data.term,
						aliases: Array.isArray(data.aliases) ? data.aliases.filter((alias): alias is string => typeof alias === 'string') : [],
						abbreviation: typeof data.abbreviation === 'string' ? data.abbreviation : undefined,
						plainWords: data.plainWords,
					},
				]
			: [],
	);
const plainWordsTerms = Object.fromEntries(allLangs.map((lang) => [lang, plainWordsTermsIn(langRoot(lang))])) as Record<
	Lang,
	PlainWordsTerm[]
>;

/** The passages of a text a reader acts on (aftercare, advice, getting ready), read as one each; none for other files. */
function actionPassages(path: string, text: string): Passage[] {
	const { file } = locate(path);
	if (file.startsWith(`${plainWordsFiles.aftercare}/`) && file.endsWith('.yaml')) return aftercarePassages(text);
	if (file === plainWordsFiles.advice) return advicePassages(text);
	if (file === plainWordsFiles.preparation) return mdxPassages(text);
	return [];
}

/** Every content file below a folder, README files aside. */
function contentFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return contentFiles(path);
		return /\.(mdx|md|yaml)$/.test(name) && name !== 'README.md' ? [path] : [];
	});
}

/**
 * Where a folder's bodies are shown, so their headings nest under the heading the page puts
 * above them (see the templates in src/pages/). `undefined`: shown where no heading fits.
 */
function headingContext(path: string, text: string): HeadingContext | undefined {
	const folder = locate(path).file.split('/')[0];
	switch (folder) {
		case 'benefits':
			return { topLevel: 3, under: 'the benefit’s title (an h2 on /benefits/)' };
		case 'side-effects':
			return { topLevel: 4, under: 'the side effect’s name (an h3 on /side-effects/)' };
		case 'procedure':
			return /^kind:\s*step\s*$/m.test(text)
				? { topLevel: 4, under: 'the step’s title (an h3 on /procedure/)' }
				: { topLevel: 3, under: 'the explainer’s title (an h2 on /procedure/)' };
		case 'faq':
			return undefined;
		default:
			// Pages and glossary terms: the body is the page's own text, under its h1.
			return pageBody;
	}
}

/**
 * The problems of an MDX body: it must parse, its images need alt text, its headings must nest,
 * and its data components must name entries that exist.
 */
function checkBody(path: string, text: string): BodyProblem[] {
	const error = findMdxSyntaxError(text);
	if (error) {
		return [{ line: error.line, message: `the MDX does not parse (column ${error.column}): ${error.reason}. ${mdxSyntaxHint}` }];
	}
	const tree = parseMdx(text);
	const references = findUnknownReferences(tree, (component) => dataIds[component], relative('.', root));
	const context = headingContext(path, text);
	const headings = context
		? findSkippedHeadings(tree, context)
		: findHeadings(tree).map((heading) => ({
				line: heading.line,
				message: `an FAQ answer has no headings: it is shown under its question, on /faq/ and in clinics' embeds. Remove "${'#'.repeat(heading.depth)} ${heading.text}", or make it a question of its own.`,
			}));
	return [...findImagesWithoutAlt(tree), ...headings, ...references];
}

/** The line and date of a file's top-level `nextReview` (in an MDX file, in its frontmatter). */
function nextReviewOf(path: string, text: string): { line: number; date: Date } | undefined {
	const head = path.endsWith('.mdx') ? text.slice(0, splitFrontmatter(text)?.end ?? 0) : text;
	const match = /^nextReview:\s*['"]?(\d{4}-\d{2}-\d{2})/m.exec(head);
	if (!match) return undefined;
	return { line: head.slice(0, match.index).split('\n').length, date: new Date(`${match[1]}T00:00:00Z`) };
}

/** Where a timing sits decides its fix: an MDX body, an aftercare step's words, or another field. */
function timingPlace(path: string, source: string, line: number, bodyStart: number): TimingPlace {
	if (line >= bodyStart) return 'body';
	const folder = locate(path).file.split('/')[0];
	const sourceLine = source.split('\n')[line - 1] ?? '';
	return folder === 'aftercare' && /^\s*(?:-\s+)?(?:text|reason):/.test(sourceLine) ? 'aftercare-step' : 'field';
}

/**
 * The prose checks: advice timings, and figures not already reported as a timing. A
 * translation may type no number at all: its figures and timings come from the same data.
 */
function checkProse(path: string, text: string): BodyProblem[] {
	const { lang, file } = locate(path);
	const prose = contentProse(text, path.endsWith('.mdx') ? 'mdx' : 'yaml');
	if (lang !== sourceLang) {
		if (file === 'facts.yaml') return [];
		return findTypedNumbers(prose.text, { phaseNames: phaseNames[lang] }).map((figure) => ({
			line: figure.line,
			message: `the figure "${figure.text}" is typed in a translation. Every figure comes from ${relative('.', join(root, 'facts.yaml'))}: write <Fact id="…" /> where the English has it, and the page shows it in this language.`,
		}));
	}
	if (dataFiles.has(file)) return [];
	const timings = findAdviceTimings(prose.text, activities, { phaseNames: phaseNames[lang] });
	const figures = findStrayFigures(prose.text, { phaseNames: phaseNames[lang] }).filter(
		(figure) => !timings.some((timing) => timing.line === figure.line && timing.time.includes(figure.text)),
	);
	return [
		...findEvidenceWords(prose.text).map((found) => ({ line: found.line, message: evidenceWordsMessage(found) })),
		...timings.map((timing) => ({
			line: timing.line,
			message: adviceTimingMessage(timing, timingPlace(path, text, timing.line, prose.bodyStart), relative('.', adviceFile)),
		})),
		...figures.map((figure) => ({
			line: figure.line,
			message: `the figure "${figure.text}" is typed in prose. State it once in ${relative('.', join(root, 'facts.yaml'))} and write <Fact id="…" /> here, in prose, frontmatter or YAML text alike.`,
		})),
	];
}

/** An FAQ file whose answer (its body) is empty, at the line after its frontmatter. */
function checkAnswer(path: string, text: string): BodyProblem[] {
	if (locate(path).file.split('/')[0] !== 'faq' || !answerIsEmpty(text)) return [];
	return [{ line: (splitFrontmatter(text)?.lineCount ?? 0) + 1, message: `answer: ${emptyAnswerMessage}` }];
}

/** The line of an entry's `translates` field: the first in a file of one entry, the one under `id:` in a file of many. */
function translatesLine(text: string, id: string): number {
	const lines = text.split('\n');
	const entry = lines.indexOf(`${id}:`);
	return lines.findIndex((line, at) => at > entry && /^\s*translates:/.test(line)) + 1;
}

/** Translations whose English entry has changed since they were checked against it. */
const stale = translations.flatMap((lang) => staleTranslations(lang, root));

const findings: string[] = [];
const files = contentFiles(root).filter((path) => path !== join(root, 'facts.yaml'));
for (const path of files) {
	const file = relative('.', path);
	const text = readFileSync(path, 'utf8');
	const fileFindings: { line: number; text: string }[] = [];
	const add = (line: number, message: string) => fileFindings.push({ line, text: `${file}:${line}: ${message}` });
	for (const finding of checkProse(path, text)) add(finding.line, finding.message);
	for (const line of findPlaceholders(text)) add(line.line, `placeholder text left in ("${line.text}"): write the real text.`);
	const { lang } = locate(path);
	for (const found of findUnexplainedTerms(actionPassages(path, text), plainWordsTerms[lang])) {
		add(found.line, unexplainedTermMessage(found, relative('.', join(langRoot(lang), 'glossary'))));
	}
	for (const state of stale.filter((state) => state.file === file))
		add(translatesLine(text, state.id), `translates: ${staleMessage(state)}`);
	if (path.endsWith('.mdx')) {
		for (const problem of [...checkAnswer(path, text), ...checkBody(path, text)]) add(problem.line, problem.message);
	}
	const review = nextReviewOf(path, text);
	if (review) {
		for (const problem of findOverdueEntries([{ file, nextReview: review.date }], today))
			add(review.line, `${problem.field}: ${problem.message}`);
	}
	// In line order, so an editor can work down the file.
	findings.push(...fileFindings.sort((a, b) => a.line - b.line).map((finding) => finding.text));
}

for (const finding of findings) console.error(finding);
const checked = `${files.length} content files checked`;
const count = findings.length === 1 ? '1 problem' : `${findings.length} problems`;
console.log(`Content checks: ${checked}, ${findings.length === 0 ? 'no problems' : count}.`);
process.exitCode = findings.length === 0 ? 0 : 1;
