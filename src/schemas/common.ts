import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { type CollectionName, describeLocation, listEntryIds } from '../model/files';
import { citationsSchema } from './citations';
import { type Lang, sourceLang } from '../i18n/languages';
import { showFacts } from '../model/fact-text';

/**
 * A strict object: a key the schema does not know is an error that names the key and the
 * fields that are allowed, so a typo (`sumary:`) is caught instead of silently ignored.
 * `missing` is the message when the whole object is left out (`Add \`evidence\`: …`).
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape, missing?: string) {
	const allowed = Object.keys(shape).join(', ');
	return z.strictObject(shape, {
		error: (issue) => {
			if (issue.code === 'unrecognized_keys') {
				return `Unknown field ${issue.keys.map((key) => `\`${key}\``).join(', ')}: remove it or fix its spelling. Fields allowed here: ${allowed}.`;
			}
			return issue.input === undefined ? missing : undefined;
		},
	});
}

/**
 * A required line of text, with a message that says which field is missing. A figure in it is
 * written `<Fact id="…" />` and shown as the fact's words in the entry's language.
 */
export function textSchema(field: string, hint: string, lang: Lang = sourceLang) {
	return z
		.string({ error: `Add \`${field}\`: ${hint}` })
		.trim()
		.min(1, { error: `\`${field}\` is empty: ${hint}` })
		.overwrite((text) => showFacts(text, lang).text)
		.refine(...factsShown(lang));
}

/** A tag that is still there after `showFacts` names no fact, or is mistyped: the refinement that says so. */
function factsShown(lang: Lang) {
	return [
		(text: string) => !text.includes('<Fact'),
		{ error: (issue: { input?: unknown }) => showFacts(String(issue.input), lang).problems.join(' ') },
	] as const;
}

/**
 * A page or entry summary. It doubles as the meta description, so it must fit in a search
 * result snippet: 50–160 characters.
 */
export function summarySchema(field = 'summary', lang: Lang = sourceLang) {
	return z
		.string({ error: `Add \`${field}\`: one plain sentence of 50–160 characters.` })
		.trim()
		.overwrite((text) => showFacts(text, lang).text)
		.refine(...factsShown(lang))
		.min(50, {
			error: (issue) =>
				`Lengthen \`${field}\` to at least 50 characters (it has ${String(issue.input).length}): it is shown as the page description.`,
		})
		.max(160, {
			error: (issue) =>
				`Shorten \`${field}\` to 160 characters or fewer (it has ${String(issue.input).length}): search engines cut longer descriptions.`,
		});
}

/**
 * One of a closed list of values whose labels the site shows (`{ common: 'Common', … }`).
 * A value outside the list is an error that names it and lists the values allowed.
 */
export function labelledEnum<Key extends string>(field: string, labels: Readonly<Record<Key, string>>) {
	const names = Object.keys(labels) as [Key, ...Key[]];
	return z.enum(names, {
		error: (issue) =>
			issue.input === undefined
				? `Add \`${field}\`: one of ${names.join(', ')}.`
				: `Unknown ${field} "${String(issue.input)}". Use one of: ${names.join(', ')}.`,
	});
}

/** A calendar date written as YYYY-MM-DD in frontmatter or YAML. */
export function isoDateSchema(field: string) {
	return z.coerce.date({
		error: `Write \`${field}\` as a date in the form YYYY-MM-DD, for example 2026-11-01.`,
	});
}

/** A whole number used to put entries in order on their page. */
export function orderSchema() {
	return z
		.number({ error: 'Add `order`: a whole number that places this entry on its page (1 comes first).' })
		.int({ error: '`order` must be a whole number.' })
		.positive({ error: '`order` must be 1 or more.' });
}

/**
 * A reference to an entry of another collection. Astro's `reference()` only logs a missing
 * entry, so the id is checked against the files on disk here and a wrong id stops the build.
 */
export function entryReference<C extends CollectionName>(collection: C) {
	return z
		.string({ error: `Write each reference to ${collection} as an entry id (a file name without its extension).` })
		.superRefine((id, ctx) => {
			const ids = listEntryIds(collection);
			if (ids.includes(id)) return;
			const choices = ids.length > 0 ? ` Existing ids: ${ids.join(', ')}.` : '';
			ctx.addIssue({
				code: 'custom',
				message: `There is no ${collection} entry "${id}" in ${describeLocation(collection)}. Fix the id or create the entry.${choices}`,
			});
		})
		.pipe(reference(collection));
}

/** The NHS pattern of "Page last reviewed" and "Next review due". */
export function reviewDates() {
	return {
		lastReviewed: isoDateSchema('lastReviewed'),
		nextReview: isoDateSchema('nextReview'),
	};
}

/**
 * The fields every reviewed entry carries: its review dates, plus the public sources that
 * back it, each with the words it is cited for.
 */
export function reviewedFields() {
	return { ...reviewDates(), sources: citationsSchema() };
}

/** Adds the check that `nextReview` comes after `lastReviewed` to a schema with both. */
export function withReviewOrder<T extends z.ZodType<{ lastReviewed: Date; nextReview: Date }>>(schema: T) {
	return schema.refine((data) => data.nextReview.getTime() > data.lastReviewed.getTime(), {
		error: '`nextReview` must be a later date than `lastReviewed`.',
		path: ['nextReview'],
	});
}
