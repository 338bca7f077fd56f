/**
 * The content model: one collection per kind of material, each loaded from `content/` and
 * checked by a strict schema from `src/schemas/`. Rules that span entries run in the loader.
 */
import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { contentToday, findOverdueEntries } from './model/freshness';
import type { ContentProblem } from './model/integrity';
import { contentLoader, type EntryChecks, type LoadedEntry } from './model/loaders';
import { checkPublishedIds } from './aftercare-links/published-ids';
import { findDuplicateAnchors, findDuplicateQuestions, findEmptyAnswers } from './model/integrity';
import { findVocabularyCollisions } from './vocabulary/collisions';
import { adviceSchema } from './schemas/advice';
import { aftercarePhaseSchema, type AftercarePhase } from './schemas/aftercare';
import { benefitSchema } from './schemas/benefits';
import { factSchema } from './schemas/facts';
import { faqSchema, type Faq } from './schemas/faq';
import { glossarySchema, type GlossaryTerm } from './schemas/glossary';
import { optionSchema } from './schemas/options';
import { pageSchema } from './schemas/pages';
import { type Scale, scaleSchema, scales } from './schemas/scales';
import { procedureSchema } from './schemas/procedure';
import { sideEffectSchema } from './schemas/side-effects';
import { sourceSchema } from './schemas/sources';
import { suitabilitySchema } from './schemas/suitability';
import { warningSignSchema } from './schemas/warning-signs';
import { isThisNormalSchema } from './schemas/is-this-normal';
import { moreHelpSchema } from './schemas/more-help';
import { findScaleMismatches } from './model/integrity';
import { translationLoader } from './model/translations';
import { translationSchemas } from './schemas/translations';
import type { TranslatedCollection } from './model/files';

/**
 * The loader checks of a reviewed collection: its own cross-entry rules, if any, which stop the
 * build, and the freshness rule, which only warns: an entry whose `nextReview` date has passed
 * is listed, its pages say they are due for review, and `npm test` fails (tools/check-content.ts),
 * but the site still builds, so an urgent fix is never held back. Today is `CONTENT_TODAY` when
 * set, for tests. `sources` and `facts` carry no review dates.
 */
function reviewed<Data extends { nextReview: Date }>(errors?: (entries: LoadedEntry<Data>[]) => ContentProblem[]): EntryChecks<Data> {
	return {
		errors,
		warnings: (entries) =>
			findOverdueEntries(
				entries.map(({ file, data }) => ({ file, nextReview: data.nextReview })),
				contentToday(),
			),
	};
}

/** A collection of translations into Spanish, checked against the English entries (and by `rules`, across its own entries). */
function spanish<C extends TranslatedCollection>(collection: C, rules?: Parameters<typeof translationLoader>[2]) {
	return defineCollection({ loader: translationLoader(collection, 'es', rules), schema: translationSchemas('es')[collection] });
}

export const collections = {
	/** Public references the pages cite (`content/sources.yaml`). */
	sources: defineCollection({ loader: contentLoader('sources'), schema: sourceSchema() }),
	/** Every figure the site states, written once (`content/facts.yaml`). */
	facts: defineCollection({ loader: contentLoader('facts'), schema: factSchema() }),
	/** When a patient may wash, wear makeup, exercise… again: each timing written once. */
	advice: defineCollection({ loader: contentLoader('advice', reviewed()), schema: adviceSchema() }),
	/** What each level of the evidence, frequency, urgency and downtime scales means. */
	scales: defineCollection({
		loader: contentLoader(
			'scales',
			reviewed<Scale>((entries) =>
				findScaleMismatches(
					entries.map(({ id, file, data }) => ({ id, file, levels: Object.keys(data.levels) })),
					scales,
				),
			),
		),
		schema: scaleSchema(),
	}),
	/** Signs after treatment that need help, each with how soon. */
	warningSigns: defineCollection({ loader: contentLoader('warningSigns', reviewed()), schema: warningSignSchema() }),
	/** The "Is this normal?" table: each sign, the days it is expected, and the warning sign after. */
	isThisNormal: defineCollection({ loader: contentLoader('isThisNormal', reviewed()), schema: isThisNormalSchema() }),
	/** Where to find a dermatologist, check a license, report a problem and read more. */
	moreHelp: defineCollection({ loader: contentLoader('moreHelp', reviewed()), schema: moreHelpSchema() }),
	/** Each page's title, description, review dates and introduction. */
	pages: defineCollection({ loader: contentLoader('pages', reviewed()), schema: pageSchema() }),
	/** What it is, how it works, and the treatment steps in order. */
	procedure: defineCollection({ loader: contentLoader('procedure', reviewed()), schema: procedureSchema() }),
	/** One entry per concern it may help, with the strength of the evidence. */
	benefits: defineCollection({ loader: contentLoader('benefits', reviewed()), schema: benefitSchema() }),
	/** One entry per side effect, with how long it lasts and when to seek care. */
	sideEffects: defineCollection({ loader: contentLoader('sideEffects', reviewed()), schema: sideEffectSchema() }),
	/** Who it may suit, who should wait and who should not have it. */
	suitability: defineCollection({ loader: contentLoader('suitability', reviewed()), schema: suitabilitySchema() }),
	/** Aftercare phases, each with steps that carry permanent ids. */
	aftercare: defineCollection({
		loader: contentLoader(
			'aftercare',
			reviewed<AftercarePhase>((entries) => {
				const phases = entries.map(({ id, file, data }) => ({ id, file, order: data.order, steps: data.steps }));
				// Ids are unique, and every id ever published still lands somewhere (published-ids.json).
				return [...findDuplicateAnchors(phases), ...checkPublishedIds(phases)];
			}),
		),
		schema: aftercarePhaseSchema(),
	}),
	/** One question per file; the answer is the MDX body. */
	faq: defineCollection({
		loader: contentLoader(
			'faq',
			reviewed<Faq>((entries) => [
				...findDuplicateQuestions(entries.map(({ file, data }) => ({ file, question: data.question }))),
				...findEmptyAnswers(entries),
			]),
		),
		schema: faqSchema(),
	}),
	/** The vocabulary: every term a reader may not know, with its other names. */
	glossary: defineCollection({
		loader: contentLoader(
			'glossary',
			reviewed<GlossaryTerm>((entries) => findVocabularyCollisions(entries.map(({ id, file, data }) => ({ id, file, ...data })))),
		),
		schema: glossarySchema(),
	}),
	/** Every choice a reader has, microneedling among them, and not having treatment. */
	options: defineCollection({ loader: contentLoader('options', reviewed()), schema: optionSchema() }),

	// The Spanish edition: each collection's words in Spanish (`content/es/`), under the English ids.
	esFacts: spanish('facts'),
	esAdvice: spanish('advice'),
	esScales: spanish('scales'),
	esWarningSigns: spanish('warningSigns'),
	esIsThisNormal: spanish('isThisNormal'),
	esMoreHelp: spanish('moreHelp'),
	esPages: spanish('pages'),
	esProcedure: spanish('procedure'),
	esBenefits: spanish('benefits'),
	esSideEffects: spanish('sideEffects'),
	esSuitability: spanish('suitability'),
	esAftercare: spanish('aftercare'),
	esFaq: spanish('faq'),
	// A Spanish name, like an English one, belongs to one term and has an address of its own.
	esGlossary: spanish('glossary', (entries) =>
		findVocabularyCollisions(
			entries.map(({ id, file, data }) => ({ id, file, ...(data as z.infer<ReturnType<typeof translationSchemas>['glossary']>) })),
		),
	),
	esOptions: spanish('options'),
};
