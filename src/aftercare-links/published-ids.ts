/**
 * The record of aftercare ids that clinics have been given: `content/aftercare/published-ids.json`.
 * Every phase and step id is an anchor on /aftercare/ and a short link (`/a/<id>/`) that staff
 * send to patients, so an id that was ever live must keep working. The check below compares the
 * record with the content at build time: an id that disappears stops the build until it comes
 * back or is listed in `removed` with the id that now takes its place.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionSources, contentDir } from '../model/files.ts';
import { type ContentProblem, formatProblems } from '../model/integrity.ts';

/** The file's name inside the aftercare folder. */
const publishedIdsFileName = 'published-ids.json';

/** What the file holds. */
export interface PublishedIds {
	/** Every phase and step id that is live, in page order. */
	published: string[];
	/** Ids that are no longer in the content, each with the id its links now land on. */
	removed: Record<string, string>;
}

/** An aftercare phase as the check sees it: its file, its id (the file name) and its steps' ids. */
export interface PhaseIds {
	file: string;
	id: string;
	/** The phase's place on the page; phases without one keep their given order. */
	order?: number;
	steps: readonly { id: string }[];
}

/** The record's path, relative to the project root: `content/aftercare/published-ids.json`. */
export function publishedIdsPath(root = contentDir()): string {
	return join(root, collectionSources.aftercare.dir, publishedIdsFileName);
}

/** The same rule as the schema's `anchorIdSchema`: lowercase words joined by single hyphens. */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The keys the file may have; `$comment` is for a note to the next editor. */
const allowedKeys = new Set(['$comment', 'published', 'removed']);

/** How the file should look, for messages about a malformed one. */
const expectedShape =
	'It must be a JSON object: { "published": ["phase-id", "step-id", …], "removed": { "old-id": "id-it-now-points-to" } }.';

/**
 * Parses the file's text. A malformed file gives problems that name the file, the field and the
 * fix, and no record; a well-formed one gives the record and no problems.
 */
export function parsePublishedIds(
	text: string,
	file: string,
): { record: PublishedIds; problems: [] } | { record: undefined; problems: ContentProblem[] } {
	const fail = (field: string, message: string) => ({ record: undefined, problems: [{ file, field, message }] });
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return fail('(the whole file)', `This is not valid JSON (${reason}). Fix the syntax: check commas and quotes. ${expectedShape}`);
	}
	if (!data || typeof data !== 'object' || Array.isArray(data)) return fail('(the whole file)', expectedShape);
	const problems: ContentProblem[] = [];
	const add = (field: string, message: string) => problems.push({ file, field, message });
	for (const key of Object.keys(data)) {
		if (!allowedKeys.has(key)) add(key, `Unknown field \`${key}\`: remove it. Fields allowed here: published, removed, $comment.`);
	}
	const { published, removed } = data as Record<string, unknown>;
	if (!Array.isArray(published)) {
		add(
			'published',
			'Add `published`: a list of every live phase and step id, in page order, for example ["before-appointment", "stop-retinoids-and-exfoliants", …].',
		);
	} else {
		const seen = new Set<string>();
		published.forEach((id, index) => {
			if (typeof id !== 'string' || !idPattern.test(id)) {
				add(
					`published[${index}]`,
					`${JSON.stringify(id)} is not an aftercare id: write it as in the content, lowercase words joined by hyphens, in quotes.`,
				);
			} else if (seen.has(id)) {
				add(`published[${index}]`, `"${id}" is listed twice: remove one.`);
			}
			if (typeof id === 'string') seen.add(id);
		});
	}
	if (!removed || typeof removed !== 'object' || Array.isArray(removed)) {
		add(
			'removed',
			'Add `removed`: an object from each old id to the id it now points to, for example { "old-id": "new-id" }, or {} when no id has been removed.',
		);
	} else {
		for (const [from, to] of Object.entries(removed)) {
			if (!idPattern.test(from)) {
				add(`removed.${from}`, `"${from}" is not an aftercare id: write the old id exactly as it was published.`);
			}
			if (typeof to !== 'string' || !idPattern.test(to)) {
				add(`removed.${from}`, `The id it points to, ${JSON.stringify(to)}, is not an aftercare id: write one phase or step id in quotes.`);
			}
		}
	}
	if (problems.length > 0) return { record: undefined, problems };
	return {
		record: { published: published as string[], removed: { ...(removed as Record<string, string>) } },
		problems: [],
	};
}

/**
 * Reads and parses the file from disk. A missing file gives neither a record nor problems: the
 * check decides whether the content needs one.
 */
export function loadPublishedIds(root = contentDir()): {
	file: string;
	record: PublishedIds | undefined;
	problems: ContentProblem[];
} {
	const file = publishedIdsPath(root);
	if (!existsSync(file)) return { file, record: undefined, problems: [] };
	return { file, ...parsePublishedIds(readFileSync(file, 'utf8'), file) };
}

/**
 * The record, for pages and the config: an empty record when the file is missing, and an error
 * naming the file, the field and the fix when it is malformed.
 */
export function readPublishedIds(root = contentDir()): PublishedIds {
	const { record, problems } = loadPublishedIds(root);
	if (problems.length > 0) throw new Error(formatProblems('aftercare', problems));
	return record ?? { published: [], removed: {} };
}

/** The old ids whose links now land on `id`, in the order the file lists them. */
export function formerIdsOf(id: string, record: Pick<PublishedIds, 'removed'>): string[] {
	return Object.entries(record.removed)
		.filter(([, to]) => to === id)
		.map(([from]) => from);
}

/** Where an id lives in the content, for messages. */
interface Place {
	file: string;
	field: string;
}

/** Every id in the content, in page order, with the file and field that define it. */
function placesOf(phases: readonly PhaseIds[]): Map<string, Place> {
	const places = new Map<string, Place>();
	const inPageOrder = phases.map((phase, index) => ({ phase, index }));
	inPageOrder.sort((a, b) => (a.phase.order ?? 0) - (b.phase.order ?? 0) || a.index - b.index);
	for (const { phase } of inPageOrder) {
		if (!places.has(phase.id)) places.set(phase.id, { file: phase.file, field: 'id (the file name)' });
		phase.steps.forEach((step, index) => {
			if (!places.has(step.id)) places.set(step.id, { file: phase.file, field: `steps[${index}].id` });
		});
	}
	return places;
}

/**
 * Compares the record with the content and reports, each with its fix:
 * - a published id that no phase or step has any more and that `removed` does not redirect;
 * - a `removed` id that the content still has, and a `removed` target that it does not have;
 * - an id in the content that `published` does not list, so the record always shows what is live.
 * The record's file is `file`, used in messages.
 */
export function findPublishedIdProblems(phases: readonly PhaseIds[], record: PublishedIds, file: string): ContentProblem[] {
	const places = placesOf(phases);
	const problems: ContentProblem[] = [];
	const published = new Set(record.published);
	record.published.forEach((id, index) => {
		if (places.has(id) || Object.hasOwn(record.removed, id)) return;
		problems.push({
			file,
			field: `published[${index}]`,
			message: `The aftercare id "${id}" was published, but no phase or step has it now. Staff links to it (/aftercare/#${id}, /a/${id}/) would break. Put it back, or add it to \`removed\` in ${file} with the id it should now point to: "removed": { "${id}": "<phase-or-step-id>" }.`,
		});
	});
	for (const [from, to] of Object.entries(record.removed)) {
		const still = places.get(from);
		if (still) {
			problems.push({
				file,
				field: `removed.${from}`,
				message: `"${from}" is listed as removed, but ${still.file} (${still.field}) still has it. Delete it from \`removed\`: links to it land on that ${still.field.startsWith('steps') ? 'step' : 'phase'} itself.`,
			});
		}
		if (!places.has(to)) {
			problems.push({
				file,
				field: `removed.${from}`,
				message: `"${from}" points to "${to}", but no phase or step has that id. Point it to an id that is live now (one listed in \`published\`).`,
			});
		}
	}
	for (const [id, place] of places) {
		if (published.has(id)) continue;
		problems.push({
			file: place.file,
			field: place.field,
			message: `The id "${id}" is not in ${file}: add it to \`published\`, in page order, so the record shows every id that is live and the build can tell if a link to it ever breaks.`,
		});
	}
	return problems;
}

/**
 * The whole check as the aftercare loader runs it: reads the record from disk and compares it
 * with the content. A missing file is a problem only when there is aftercare content.
 */
export function checkPublishedIds(phases: readonly PhaseIds[], root = contentDir()): ContentProblem[] {
	const { file, record, problems } = loadPublishedIds(root);
	if (problems.length > 0) return problems;
	if (!record) {
		if (phases.length === 0) return [];
		const ids = [...placesOf(phases).keys()];
		return [
			{
				file,
				field: '(the whole file)',
				message: `The file is missing. It records every aftercare id that links may point to. Create it with every phase and step id in page order: { "published": ${JSON.stringify(ids)}, "removed": {} } (see content/README.md).`,
			},
		];
	}
	return findPublishedIdProblems(phases, record, file);
}
