import type { APIRoute } from 'astro';
import { faqFeed } from '../../../model/faq';
import { jsonResponse } from '../../../feed/feed';
import { siteUrl } from '../../../seo/meta';
import { type FaqTopic, faqTopics } from '../../../schemas/faq';

export function getStaticPaths() {
	return (Object.keys(faqTopics) as FaqTopic[]).map((topic) => ({ params: { topic } }));
}

/** One topic's questions and answers (`/api/faq/<topic>.json`). */
export const GET: APIRoute = async ({ params, site }) => jsonResponse(await faqFeed(siteUrl(site), params.topic as FaqTopic));
