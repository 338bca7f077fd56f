/**
 * Checks over the real content that a schema cannot make. Prints `file:line` for each finding
 * with its fix, and a count line; exits 1 when anything is found.
 *
 * - No figure typed outside `content/facts.yaml`, and no placeholder text left in.
 * - Every MDX file parses (the error `astro build` would stop on, here with a fix).
 * - Every image in an MDX body has alt text.
 * - Headings nest: a body's first heading is one level below the heading the site shows above
 *   it, and no heading skips a level. FAQ answers have no headings.
 * - No entry is past its `nextReview` date (today is `CONTENT_TODAY` when set). The build stops
 *   on the first collection with one; this lists every overdue entry at once.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { findStrayFigures } from '../src/lib/content/figures.ts';
import { contentToday, findOverdueEntries } from '../src/lib/content/freshness.ts';
import { type BodyProblem, findHeadings, findSkippedHeadings, type HeadingContext, pageBody } from '../src/lib/content/headings.ts';
import { findImagesWithoutAlt } from '../src/lib/content/images.ts';
import { findMdxSyntaxError, mdxSyntaxHint, parseMdx } from '../src/lib/content/mdx.ts';
import { findPlaceholders } from '../src/lib/content/placeholders.ts';

const root = process.env.CONTENT_DIR ?? 'content';
const factsFile = join(root, 'facts.yaml');
const today = contentToday();

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
	const folder = relative(root, path).split(sep)[0];
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

/** The problems of an MDX body: it must parse, its images need alt text, its headings must nest. */
function checkBody(path: string, text: string): BodyProblem[] {
	const error = findMdxSyntaxError(text);
	if (error) {
		return [{ line: error.line, message: `the MDX does not parse (column ${error.column}): ${error.reason}. ${mdxSyntaxHint}` }];
	}
	const tree = parseMdx(text);
	const context = headingContext(path, text);
	const headings = context
		? findSkippedHeadings(tree, context)
		: findHeadings(tree).map((heading) => ({
				line: heading.line,
				message: `an FAQ answer has no headings: it is shown under its question, on /faq/ and in clinics' embeds. Remove "${'#'.repeat(heading.depth)} ${heading.text}", or make it a question of its own.`,
			}));
	return [...findImagesWithoutAlt(tree), ...headings];
}

/** The line and date of a file's top-level `nextReview` (in an MDX file, in its frontmatter). */
function nextReviewOf(path: string, text: string): { line: number; date: Date } | undefined {
	const head = path.endsWith('.mdx') ? (/^---\n[\s\S]*?\n---/.exec(text)?.[0] ?? '') : text;
	const match = /^nextReview:\s*['"]?(\d{4}-\d{2}-\d{2})/m.exec(head);
	if (!match) return undefined;
	return { line: head.slice(0, match.index).split('\n').length, date: new Date(`${match[1]}T00:00:00Z`) };
}

const findings: string[] = [];
const files = contentFiles(root).filter((path) => path !== factsFile);
for (const path of files) {
	const file = relative('.', path);
	const text = readFileSync(path, 'utf8');
	for (const figure of findStrayFigures(text)) {
		findings.push(
			`${file}:${figure.line}: the figure "${figure.text}" is typed in prose. State it once in content/facts.yaml and write <Fact id="…" /> here (or use words without numbers in frontmatter).`,
		);
	}
	for (const line of findPlaceholders(text)) {
		findings.push(`${file}:${line.line}: placeholder text left in ("${line.text}"): write the real text.`);
	}
	if (path.endsWith('.mdx')) {
		for (const problem of checkBody(path, text)) findings.push(`${file}:${problem.line}: ${problem.message}`);
	}
	const review = nextReviewOf(path, text);
	if (review) {
		for (const problem of findOverdueEntries([{ file, nextReview: review.date }], today)) {
			findings.push(`${file}:${review.line}: ${problem.field}: ${problem.message}`);
		}
	}
}

for (const finding of findings) console.error(finding);
const checked = `${files.length} content files checked`;
const count = findings.length === 1 ? '1 problem' : `${findings.length} problems`;
console.log(`Content checks: ${checked}, ${findings.length === 0 ? 'no problems' : count}.`);
process.exitCode = findings.length === 0 ? 0 : 1;
