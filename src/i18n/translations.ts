/**
 * What a translation restates, and which version of it. A translation schema lists the words of
 * an entry (`src/schemas/translations.ts`), and picks out the fields of the English entry that a
 * translation must have. The version a translation records is the hash of the English words at
 * the fields it has, read from the files alone, so the tools can check it without Astro.
 */
import { createHash } from 'node:crypto';
import type { z } from 'astro/zod';

/** The definition zod keeps for each schema, as far as walking a shape needs it. */
interface Definition {
	type: string;
	innerType?: z.ZodType;
	in?: z.ZodType;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	valueType?: z.ZodType;
}

const definition = (schema: z.ZodType): Definition => (schema as unknown as { _zod: { def: Definition } })._zod.def;

/**
 * The parts of `data` that `schema` describes: an object's known keys, each array item and
 * record value in turn; anything else as it is. Keys the schema does not have (ids of sources,
 * levels, dates) are left out, and so are keys `data` lacks.
 */
export function pickText(schema: z.ZodType, data: unknown): unknown {
	const def = definition(schema);
	switch (def.type) {
		case 'optional':
		case 'default':
		case 'nullable':
		case 'readonly':
			return pickText(def.innerType!, data);
		case 'pipe':
			return pickText(def.in!, data);
		case 'object': {
			if (!isRecord(data)) return data;
			const picked: Record<string, unknown> = {};
			for (const [key, field] of Object.entries(def.shape!)) {
				if (data[key] !== undefined) picked[key] = pickText(field, data[key]);
			}
			return picked;
		}
		case 'array':
			return Array.isArray(data) ? data.map((item) => pickText(def.element!, item)) : data;
		case 'record':
			return isRecord(data) ? Object.fromEntries(Object.entries(data).map(([key, value]) => [key, pickText(def.valueType!, value)])) : data;
		default:
			return data;
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** The version of an English entry's words (and MDX body): twelve hex digits that change when they do. */
export function textVersion(text: unknown, body = ''): string {
	return createHash('sha256')
		.update(JSON.stringify(text) + '\n' + body.trim())
		.digest('hex')
		.slice(0, 12);
}

/**
 * Every field a value has, as paths: `title`, `steps.0.text`, `levels.common`. A list of items
 * with ids (aftercare steps) is walked item by item; any other list (aliases, keywords, spellings
 * to avoid) belongs to its language, however long, so it is not a field to match.
 */
function fieldPaths(value: unknown, prefix = ''): string[] {
	if (Array.isArray(value)) {
		const identified = value.length > 0 && value.every((item) => isRecord(item) && typeof item.id === 'string');
		return identified ? value.flatMap((item, index) => fieldPaths(item, `${prefix}${index}.`)) : [];
	}
	if (isRecord(value)) return Object.entries(value).flatMap(([key, item]) => fieldPaths(item, `${prefix}${key}.`));
	return [prefix.slice(0, -1)];
}

/**
 * The fields a translation lacks and the ones it has that its English entry does not: both are
 * mistakes, as a page would then mix languages or show words the English never said.
 */
export function fieldDifferences(english: unknown, translated: unknown): { missing: string[]; extra: string[] } {
	const ours = new Set(fieldPaths(translated));
	const theirs = new Set(fieldPaths(english));
	return {
		missing: [...theirs].filter((path) => !ours.has(path)),
		extra: [...ours].filter((path) => !theirs.has(path)),
	};
}

/**
 * The English words a translation restates: the English entry's value at each field the
 * translation has, going into objects and into lists of items with ids. The version a
 * translation records is taken over these, so an edit to a source, a date or a level never marks
 * it out of date, and an edit to any words it restates always does.
 */
export function restatedText(english: unknown, translation: unknown): unknown {
	if (isRecord(english) && isRecord(translation)) {
		return Object.fromEntries(
			Object.keys(translation)
				.filter((key) => key !== 'translates')
				.sort()
				.map((key) => [key, restatedText(english[key], translation[key])]),
		);
	}
	if (Array.isArray(english) && Array.isArray(translation) && english.every((item) => isRecord(item) && typeof item.id === 'string')) {
		return english.map((item, index) => restatedText(item, translation[index] ?? {}));
	}
	return english ?? null;
}

/**
 * An English entry's data in another language: the translation's words laid over it, field by
 * field, into objects and lists of items with ids (an aftercare step keeps its `action` and
 * `timing` and takes its `text` and `reason`). A list of names is the language's own and
 * replaces the English one; everything the translation does not say stays as the English has it.
 */
export function withTranslation<Data>(english: Data, translation: Record<string, unknown>): Data {
	return overlay(english, omitVersion(translation)) as Data;
}

function omitVersion({ translates: _version, ...words }: Record<string, unknown>): Record<string, unknown> {
	return words;
}

function overlay(english: unknown, words: unknown): unknown {
	if (isRecord(english) && isRecord(words)) {
		const merged: Record<string, unknown> = { ...english };
		for (const [key, value] of Object.entries(words)) merged[key] = overlay(english[key], value);
		return merged;
	}
	if (
		Array.isArray(english) &&
		Array.isArray(words) &&
		english.length > 0 &&
		english.every((item) => isRecord(item) && typeof item.id === 'string')
	) {
		return english.map((item, index) => overlay(item, words[index]));
	}
	return words === undefined ? english : words;
}
