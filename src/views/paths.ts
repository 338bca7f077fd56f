/**
 * The pages of each dynamic route, for every language: each route file in src/pages (English) and
 * src/pages/es (Spanish) gives its language here, so both languages publish the same ids.
 */
import { getCollection } from 'astro:content';
import type { Lang } from '../i18n/languages';
import { aftercarePhases } from '../model/aftercare';
import { faqTopicPages, glossaryTermPages } from '../model/page-content';

/** The props a route's pages give its view: `PropsOf<typeof faqTopicPaths>`. */
export type PropsOf<Paths extends (...args: never[]) => Promise<{ props: unknown }[]>> = Awaited<ReturnType<Paths>>[number]['props'];

export async function aftercarePhasePaths(lang: Lang) {
	return (await aftercarePhases(lang)).map((phase) => ({ params: { phase: phase.id }, props: { phase } }));
}

export async function faqTopicPaths(lang: Lang) {
	return (await faqTopicPages(lang)).map((content) => ({ params: { topic: content.topic }, props: content }));
}

export async function glossaryTermPaths(lang: Lang) {
	return (await glossaryTermPages(lang)).map((content) => ({ params: { id: content.entry.id }, props: content }));
}

/** Sources are not translated: a source's page quotes it in its own language on every edition. */
export async function sourcePaths() {
	return (await getCollection('sources')).map((source) => ({ params: { id: source.id }, props: { source } }));
}
