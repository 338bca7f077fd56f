/**
 * The FAQ feed's endpoints, for every language: each language's route re-exports one of them
 * (`/api/faq.json` and `/es/api/faq.json` export `allQuestions` as `GET`), and the language
 * comes from the route (`currentLocale`).
 */
import type { APIRoute } from 'astro';
import { faqFeed } from '../model/faq';
import { langOf } from '../i18n/languages';
import { siteUrl } from '../seo/meta';
import { type FaqTopic, faqTopics } from '../schemas/faq';
import { jsonResponse } from './feed';

/** Every question and answer, for clinics that render the FAQ themselves (`/api/faq.json`). */
export const allQuestions: APIRoute = async ({ site, currentLocale }) => jsonResponse(await faqFeed(siteUrl(site), langOf(currentLocale)));

/** One file per topic. */
export function topicPaths() {
	return (Object.keys(faqTopics) as FaqTopic[]).map((topic) => ({ params: { topic } }));
}

/** One topic's questions and answers (`/api/faq/<topic>.json`). */
export const oneTopic: APIRoute = async ({ params, site, currentLocale }) =>
	jsonResponse(await faqFeed(siteUrl(site), langOf(currentLocale), params.topic as FaqTopic));
