import type {
	BreadcrumbList,
	DefinedTermSet,
	FAQPage,
	HealthAspectEnumeration,
	MedicalProcedure,
	MedicalWebPage,
	Thing,
	WithContext,
} from 'schema-dts';
import type { HealthAspect } from '../../schemas/pages';
import { toIsoDate } from '../content/review';

/** One crumb of a breadcrumb trail: its visible name and its absolute URL. */
export interface Crumb {
	name: string;
	url: string;
}

/** `MedicalWebPage` for any page, with one `HealthTopicContent` part per health aspect it covers. */
export function medicalWebPage(page: {
	url: string;
	name: string;
	description: string;
	lastReviewed: Date;
	healthAspects: readonly HealthAspect[];
	about?: string;
}): WithContext<MedicalWebPage> {
	return {
		'@context': 'https://schema.org',
		'@type': 'MedicalWebPage',
		'@id': `${page.url}#page`,
		url: page.url,
		name: page.name,
		description: page.description,
		inLanguage: 'en',
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
}): WithContext<FAQPage> {
	return {
		'@context': 'https://schema.org',
		'@type': 'FAQPage',
		'@id': `${page.url}#faq`,
		url: page.url,
		mainEntity: page.questions.map((item) => ({
			'@type': 'Question' as const,
			name: item.question,
			url: item.url,
			acceptedAnswer: { '@type': 'Answer' as const, text: item.answer },
		})),
	};
}

/** `DefinedTermSet` for the glossary, with every alias as an `alternateName`. */
export function definedTermSet(set: {
	url: string;
	name: string;
	terms: readonly { term: string; names: readonly string[]; definition: string; url: string }[];
}): WithContext<DefinedTermSet> {
	return {
		'@context': 'https://schema.org',
		'@type': 'DefinedTermSet',
		'@id': `${set.url}#terms`,
		url: set.url,
		name: set.name,
		hasDefinedTerm: set.terms.map((term) => ({
			'@type': 'DefinedTerm' as const,
			name: term.term,
			...(term.names.length > 0 ? { alternateName: [...term.names] } : {}),
			description: term.definition,
			url: term.url,
			inDefinedTermSet: `${set.url}#terms`,
		})),
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
