/**
 * Translations are complete, match their English entry and say which version of it they restate.
 * Each rule reads the English entry from disk beside the translation, so the build stops, naming
 * the file and the field, before any page could mix languages or drop a figure.
 */
import { join, relative } from 'node:path';
import { file, glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { fieldDifferences, pickText } from '../i18n/translations';
import { type Lang, languages } from '../i18n/languages';
import { checkWording } from '../i18n/figures';
import { clinicWordingMessage, namesClinics } from '../schemas/advice';
import { readsAsAvoid } from '../schemas/aftercare';
import { translationSchemas } from '../schemas/translations';
import { dataComponentIds } from './citations';
import { collectionSources, contentDir, idFromFileName, readRawEntries, type RawEntry, type TranslatedCollection } from './files';
import { entryFile, languageFolders, staleMessage, staleTranslations, translationRoot } from './translation-status';
import type { ContentProblem } from './integrity';
import { explainingYamlErrors, type LoadedEntry, withCheck } from './loaders';

/** A translation as its loader stores it: the parsed data, and the body of an MDX file. */
type Translated = LoadedEntry<Record<string, unknown>>;

/** The words of the English entry a translation must restate: the fields its schema has. */
function englishText(collection: TranslatedCollection, entry: RawEntry, lang: Lang): unknown {
	return pickText(translationSchemas(lang)[collection] as z.ZodType, entry.data);
}

/** The data components of a body, as one comparable list: `Fact:redness`, `WarningSigns`. */
function components(body: string): string[] {
	const { facts, advice, warningSigns } = dataComponentIds(body);
	return [...facts.map((id) => `Fact:${id}`), ...advice.map((id) => `Advice:${id}`), ...(warningSigns ? ['WarningSigns'] : [])].sort();
}

/**
 * What is wrong with a language's translations of one collection: an English entry with no
 * translation, a translation of nothing, a field missing or added, aftercare steps out of step,
 * and rules that need the English entry (a "dont" step, clinic wording, a fact's figures).
 */
function translationProblems(
	collection: TranslatedCollection,
	lang: Lang,
	translated: Translated[],
	root = contentDir(),
): ContentProblem[] {
	const english = new Map(readRawEntries(collection, root).map((entry) => [entry.id, entry]));
	const ours = new Map(translated.map((entry) => [entry.id, entry]));
	const problems: ContentProblem[] = [];
	for (const id of english.keys()) {
		if (ours.has(id)) continue;
		problems.push({
			file: entryFile(collection, id, translationRoot(lang, root)),
			field: id,
			message: `The ${languages[lang].name} translation of ${entryFile(collection, id, root)} is missing. Write it here, with the same id: every entry is published in every language, so no page mixes languages.`,
		});
	}
	for (const entry of translated) {
		const source = english.get(entry.id);
		const problem = (field: string, message: string) => problems.push({ file: entry.file, field, message });
		if (!source) {
			problem(
				entry.id,
				`There is no English entry "${entry.id}" (${entryFile(collection, entry.id, root)}) for this to translate. Rename it to the English id, or remove it.`,
			);
			continue;
		}
		const { translates: _version, ...data } = entry.data;
		const { missing, extra } = fieldDifferences(englishText(collection, source, lang), data);
		for (const field of missing) problem(field, `Translate \`${field}\`: the English entry has it.`);
		for (const field of extra) problem(field, `Remove \`${field}\`: the English entry has no such words to translate.`);
		problems.push(...ruleProblems(collection, lang, entry, source));
		const [ourParts, theirParts] = [components(entry.body), components(source.body)];
		if (ourParts.join() !== theirParts.join()) {
			problem(
				'body',
				`Use the same data components as the English (${theirParts.join(', ') || 'none'}), not ${ourParts.join(', ') || 'none'}: a figure, timing or warning sign is written once, in its data file, in every language.`,
			);
		}
	}
	return problems;
}

/** The rules a translation shares with its English entry, which only the two together can check. */
function ruleProblems(collection: TranslatedCollection, lang: Lang, entry: Translated, source: RawEntry): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const problem = (field: string, message: string) => problems.push({ file: entry.file, field, message });
	if (collection === 'aftercare') {
		const theirSteps = (source.data.steps as { id?: string; action?: string }[] | undefined) ?? [];
		const ourSteps = (entry.data.steps as { id: string; text: string }[] | undefined) ?? [];
		const [theirIds, ourIds] = [theirSteps.map((step) => step.id), ourSteps.map((step) => step.id)];
		if (theirIds.join() !== ourIds.join()) {
			problem('steps', `List the English steps by their ids, in the same order: ${theirIds.join(', ')}.`);
		}
		ourSteps.forEach((step, index) => {
			const dont = theirSteps.find((their) => their.id === step.id)?.action === 'dont';
			if (dont !== readsAsAvoid(step.text, lang)) {
				problem(
					`steps.${index}.text`,
					dont
						? `The English step is shown beside "Don't": start this text with a word that says what to avoid ("No", "Evite", "Nunca").`
						: `The English step is shown beside "Do", but this text starts as something to avoid: say what to do.`,
				);
			}
		});
	}
	if (collection === 'advice' && source.data.basis !== undefined && !namesClinics(String(entry.data.advice ?? ''), lang)) {
		problem('advice', clinicWordingMessage(lang));
	}
	if (collection === 'facts') {
		const figures = Array.isArray(source.data.figures) ? source.data.figures.length : 0;
		for (const message of checkWording(String(entry.data.wording ?? ''), figures)) problem('wording', `\`wording\`: ${message}`);
	}
	return problems;
}

/**
 * The loader of a collection's translations into `lang`: the same files under `content/<lang>/`,
 * checked against their English entries, and by `rules` across the language's own entries (the
 * glossary's names). Problems stop the build; a translation that is out of date only warns, as
 * an overdue review does, so an urgent English fix is never held back.
 */
export function translationLoader(
	collection: TranslatedCollection,
	lang: Lang,
	rules?: (entries: Translated[]) => ContentProblem[],
): Loader {
	const root = contentDir();
	// A published language must translate every entry; an unpublished one loads nothing.
	if (!languageFolders(root).some((folder) => folder.lang === lang)) return { name: `no-${lang}-translations`, load: async () => {} };
	const source = collectionSources[collection];
	const base = translationRoot(lang, root);
	const inner =
		'file' in source
			? file(join(base, source.file))
			: glob({ pattern: `*${source.extension}`, base: join(base, source.dir), generateId: ({ entry }) => idFromFileName(entry) });
	const translated = (entries: LoadedEntry<Record<string, unknown>>[]): Translated[] =>
		entries.map((entry) => ({ ...entry, file: relative('.', entry.file) }));
	return explainingYamlErrors(
		withCheck<Record<string, unknown>>(inner, `${collection} (${languages[lang].name})`, {
			errors: (entries) => [...translationProblems(collection, lang, translated(entries), root), ...(rules?.(translated(entries)) ?? [])],
			warnings: () =>
				staleTranslations(lang, root, [collection]).map((state) => ({
					file: state.file,
					field: 'translates',
					message: staleMessage(state),
				})),
		}),
	);
}
