import type {
	BreadcrumbList,
	DefinedTerm,
	DefinedTermSet,
	FAQPage,
	HealthAspectEnumeration,
	HowTo,
	HowToSection,
	HowToStep,
	MedicalProcedure,
	MedicalWebPage,
	Thing,
	WithContext,
} from 'schema-dts';
import type { Lang } from '../i18n/languages';
import type { HealthAspect } from '../schemas/pages';
import { toIsoDate } from '../model/review';

/** One crumb of a breadcrumb trail: its visible name and its absolute URL. */
export interface Crumb {
	name: string;
	url: string;
}

/**
 * `MedicalWebPage` for any page, with one `HealthTopicContent` part per health aspect it covers.
 * `lastReviewed` is our editors' review against the sources. There is no `reviewedBy`: no
 * clinician has reviewed the guide, so none is named; add one only for a real reviewer.
 */
export function medicalWebPage(page: {
	url: string;
	name: string;
	description: string;
	lastReviewed: Date;
	healthAspects: readonly HealthAspect[];
	about?: string;
	/** The page's language, as `<html lang>` gives it. */
	lang: Lang;
}): WithContext<MedicalWebPage> {
	return {
		'@context': 'https://schema.org',
		'@type': 'MedicalWebPage',
		'@id': `${page.url}#page`,
		url: page.url,
		name: page.name,
		description: page.description,
		inLanguage: page.lang,
		lastReviewed: toIsoDate(page.lastReviewed),
		medicalAudience: { '@type': 'Patient' },
		...(page.about ? { about: { '@type': 'MedicalProcedure', name: page.about } } : {}),
		...(page.healthAspects.length > 0
			? {
					hasPart: page.healthAspects.map((aspect) => ({
						'@type': 'HealthTopicContent' as const,
						hasHealthAspect: `https://schema.org/${aspect}HealthAspect` as HealthAspectEnumeration,
					})),
				}
			: {}),
	};
}

/** `MedicalProcedure` for the procedure page; `alternateName` carries every other name for it. */
export function medicalProcedure(procedure: {
	url: string;
	name: string;
	alternateNames: readonly string[];
	description: string;
	howPerformed: string;
	preparation: string;
	followup: string;
}): WithContext<MedicalProcedure> {
	return {
		'@context': 'https://schema.org',
		'@type': 'MedicalProcedure',
		'@id': `${procedure.url}#procedure`,
		url: procedure.url,
		name: procedure.name,
		alternateName: [...procedure.alternateNames],
		description: procedure.description,
		procedureType: 'https://schema.org/PercutaneousProcedure',
		howPerformed: procedure.howPerformed,
		preparation: procedure.preparation,
		followup: procedure.followup,
	};
}

/** `FAQPage` with each question and its plain-text answer. */
export function faqPage(page: {
	url: string;
	questions: readonly { question: string; answer: string; url: string }[];
	/** The page's language, as `<html lang>` gives it. */
	lang: Lang;
}): WithContext<FAQPage> {
	return {
		'@context': 'https://schema.org',
		'@type': 'FAQPage',
		'@id': `${page.url}#faq`,
		url: page.url,
		inLanguage: page.lang,
		mainEntity: page.questions.map((item) => ({
			'@type': 'Question' as const,
			name: item.question,
			url: item.url,
			acceptedAnswer: { '@type': 'Answer' as const, text: item.answer },
		})),
	};
}

/** The `@id`s that join the glossary's set to each term's page, written once for both sides. */
const termId = (termUrl: string) => `${termUrl}#term`;
const termSetId = (setUrl: string) => `${setUrl}#terms`;

/** A glossary term as its own page states it, with every alias as an `alternateName`: the one place JSON-LD gives its definition. */
export function definedTerm(term: {
	term: string;
	names: readonly string[];
	definition: string;
	url: string;
	setUrl: string;
}): WithContext<DefinedTerm> {
	return {
		'@context': 'https://schema.org',
		'@type': 'DefinedTerm',
		'@id': termId(term.url),
		name: term.term,
		...(term.names.length > 0 ? { alternateName: [...term.names] } : {}),
		description: term.definition,
		url: term.url,
		inDefinedTermSet: termSetId(term.setUrl),
	};
}

/**
 * `DefinedTermSet` for the glossary: each term by name and the `@id` of its own page's
 * `DefinedTerm`, which carries its other names and definition; repeating them here would make
 * each visit to the list download them twice.
 */
export function definedTermSet(set: {
	url: string;
	name: string;
	terms: readonly { term: string; url: string }[];
	/** The page's language, as `<html lang>` gives it. */
	lang: Lang;
}): WithContext<DefinedTermSet> {
	return {
		'@context': 'https://schema.org',
		'@type': 'DefinedTermSet',
		'@id': termSetId(set.url),
		url: set.url,
		inLanguage: set.lang,
		name: set.name,
		hasDefinedTerm: set.terms.map((term) => ({
			'@type': 'DefinedTerm' as const,
			'@id': termId(term.url),
			name: term.term,
			url: term.url,
		})),
	};
}

/** One instruction of a `HowTo`: the instruction and the URL of its anchor, where the page gives the reason. */
interface HowToStepInput {
	name: string;
	url: string;
}

/** A group of instructions (an aftercare phase), with the URL of its anchor. */
interface HowToSectionInput {
	name: string;
	url: string;
	steps: readonly HowToStepInput[];
}

/**
 * `HowTo` for a page of instructions in phases: one `HowToSection` per phase, in order, each
 * with a `HowToStep` per instruction, numbered from 1 within its section. Every section and step
 * carries the URL of its anchor on the page, so a link lands on the exact instruction; the reasons
 * stay on the page, where they are written once.
 */
export function howTo(howToPage: {
	url: string;
	name: string;
	description: string;
	sections: readonly HowToSectionInput[];
	/** The page's language, as `<html lang>` gives it. */
	lang: Lang;
}): WithContext<HowTo> {
	const step = (item: HowToStepInput, index: number): HowToStep => ({
		'@type': 'HowToStep',
		position: index + 1,
		name: item.name,
		url: item.url,
	});
	const section = (group: HowToSectionInput, index: number): HowToSection => ({
		'@type': 'HowToSection',
		position: index + 1,
		name: group.name,
		url: group.url,
		itemListElement: group.steps.map(step),
	});
	return {
		'@context': 'https://schema.org',
		'@type': 'HowTo',
		'@id': `${howToPage.url}#howto`,
		url: howToPage.url,
		name: howToPage.name,
		description: howToPage.description,
		inLanguage: howToPage.lang,
		step: howToPage.sections.map(section),
	};
}

/** `BreadcrumbList` from the trail shown on the page, home first. */
export function breadcrumbList(crumbs: readonly Crumb[]): WithContext<BreadcrumbList> {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((crumb, index) => ({
			'@type': 'ListItem' as const,
			position: index + 1,
			name: crumb.name,
			item: crumb.url,
		})),
	};
}

/**
 * Serializes JSON-LD for a `<script type="application/ld+json">`. `<` is escaped so that
 * content can never close the script element early.
 */
export function serializeJsonLd(data: WithContext<Thing> | readonly WithContext<Thing>[]): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
