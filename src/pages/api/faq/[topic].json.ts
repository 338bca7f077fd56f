import type { APIRoute } from 'astro';
import { faqFeed } from '../../../model/faq';
import { jsonResponse } from '../../../feed/feed';
import { langOf } from '../../../i18n/languages';
import { siteUrl } from '../../../seo/meta';
import { type FaqTopic, faqTopics } from '../../../schemas/faq';

export function getStaticPaths() {
	return (Object.keys(faqTopics) as FaqTopic[]).map((topic) => ({ params: { topic } }));
}

/** One topic's questions and answers (`/api/faq/<topic>.json`). */
export const GET: APIRoute = async ({ params, site, currentLocale }) =>
	jsonResponse(await faqFeed(siteUrl(site), langOf(currentLocale), params.topic as FaqTopic));
