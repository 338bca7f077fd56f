/**
 * Checks that need more than one entry at a time: Zod validates each file alone, so two FAQ
 * entries asking the same question, or two aftercare steps with one id, are found here. The
 * glossary's names are checked in src/vocabulary/collisions.ts with the same `collisions`.
 */
import { readFileSync } from 'node:fs';
import { splitFrontmatter } from '../prose/prose-ranges.ts';

/** One thing wrong with the content, worded for the person editing it. */
export interface ContentProblem {
	/** The file to open, relative to the project root. */
	file: string;
	/** The field to fix, as a path: `aliases`, `steps[2].id`. */
	field: string;
	/** What is wrong and how to fix it. */
	message: string;
}

/** The words of a name that matter for matching: case and spacing are ignored. */
export function normalizeName(name: string): string {
	return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface Claim {
	file: string;
	field: string;
	name: string;
	/** The entry the claim belongs to; claims by one entry never collide with each other. */
	owner: string;
}

/** Reports every name claimed by two different owners, once per later claimant. */
export function collisions(claims: Claim[], describe: (claim: Claim, first: Claim) => string): ContentProblem[] {
	const firstClaim = new Map<string, Claim>();
	const problems: ContentProblem[] = [];
	for (const claim of claims) {
		const key = normalizeName(claim.name);
		const first = firstClaim.get(key);
		if (!first) firstClaim.set(key, claim);
		else if (first.owner !== claim.owner) {
			problems.push({ file: claim.file, field: claim.field, message: describe(claim, first) });
		}
	}
	return problems;
}

/** An FAQ entry as the duplicate check sees it. */
interface QuestionEntry {
	file: string;
	question: string;
}

/** Finds FAQ entries that ask the same question (ignoring case and spacing). */
export function findDuplicateQuestions(entries: QuestionEntry[]): ContentProblem[] {
	return collisions(
		entries.map((entry) => ({ file: entry.file, field: 'question', name: entry.question, owner: entry.file })),
		(claim, first) =>
			`The question "${claim.name}" is already asked in ${first.file}. Merge the two answers into one entry, or reword one question.`,
	);
}

/** An aftercare phase as the anchor check sees it. */
interface AnchorEntry {
	file: string;
	id: string;
	steps: { id: string }[];
}

/**
 * Finds step ids used twice across all aftercare phases, or equal to a phase id: every id is
 * an anchor on one page, so each must be unique.
 */
export function findDuplicateAnchors(phases: AnchorEntry[]): ContentProblem[] {
	return collisions(
		phases.flatMap((phase) => [
			{ file: phase.file, field: 'id (the file name)', name: phase.id, owner: `${phase.file}#` },
			...phase.steps.map((step, index) => ({
				file: phase.file,
				field: `steps[${index}].id`,
				name: step.id,
				owner: `${phase.file}#${index}`,
			})),
		]),
		(claim, first) =>
			`The id "${claim.name}" is already used by ${first.file} (${first.field}). Each aftercare id is a link anchor and must be unique: choose another id.`,
	);
}

/** Turns problems into one message, file first, for the build log. */
export function formatProblems(collection: string, problems: ContentProblem[]): string {
	const lines = problems.map((problem) => `  ${problem.file} → ${problem.field}: ${problem.message}`);
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	return `The ${collection} content has ${count}:\n${lines.join('\n')}`;
}

/** A scale in `content/scales.yaml`: its id and the levels it defines. */
interface ScaleEntry {
	id: string;
	file: string;
	levels: string[];
}

/**
 * Each scale the schemas use is defined in the content with exactly their levels, so every
 * level a page shows has its meaning, and no meaning describes a level nothing uses.
 */
export function findScaleMismatches(
	entries: ScaleEntry[],
	scales: Readonly<Record<string, Readonly<Record<string, string>>>>,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	// No file at all is a content folder without scales (a small test fixture); a page that
	// shows a scale still stops the build, naming the file, when its entry is missing.
	const file = entries[0]?.file;
	if (!file) return problems;
	for (const [id, levels] of Object.entries(scales)) {
		const entry = entries.find((candidate) => candidate.id === id);
		const wanted = Object.keys(levels);
		if (!entry) {
			problems.push({ file, field: id, message: `Add the scale \`${id}\` with a sentence for each of its levels: ${wanted.join(', ')}.` });
			continue;
		}
		const missing = wanted.filter((level) => !entry.levels.includes(level));
		const unknown = entry.levels.filter((level) => !wanted.includes(level));
		if (missing.length > 0)
			problems.push({
				file: entry.file,
				field: `${id}.levels`,
				message: `Add what ${missing.map((level) => `\`${level}\``).join(', ')} means: every level of the scale needs one sentence.`,
			});
		if (unknown.length > 0)
			problems.push({
				file: entry.file,
				field: `${id}.levels`,
				message: `Remove ${unknown.map((level) => `\`${level}\``).join(', ')}: the levels of this scale are ${wanted.join(', ')}.`,
			});
	}
	for (const entry of entries.filter((candidate) => !(candidate.id in scales))) {
		problems.push({
			file: entry.file,
			field: entry.id,
			message: `There is no scale \`${entry.id}\`. The scales are ${Object.keys(scales).join(', ')}.`,
		});
	}
	return problems;
}

/**
 * An FAQ answer is its MDX body, which no schema sees: an empty one would pass the content
 * step and stop the build late, in the JSON feed, with an error that names no file. So the
 * faq loader check reads each file (`read`, the file's text) and reports an empty body here.
 * Comments (`{/* … *\/}`, `<!-- … -->`) do not count as an answer.
 */
export function findEmptyAnswers(entries: { file: string }[], read = (file: string) => readFileSync(file, 'utf8')): ContentProblem[] {
	return entries
		.filter(({ file }) => answerIsEmpty(read(file)))
		.map(({ file }) => ({ file, field: 'answer', message: emptyAnswerMessage }));
}

/** What to do about an empty answer. */
export const emptyAnswerMessage =
	'The answer is empty. Write the answer below the frontmatter (after the second --- line): the direct answer first, in one or two sentences.';

/** Whether an MDX file has no answer below its frontmatter. */
export function answerIsEmpty(source: string): boolean {
	return (
		source
			.slice(splitFrontmatter(source)?.end ?? 0)
			.replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}|<!--[\s\S]*?-->/g, '')
			.trim() === ''
	);
}
