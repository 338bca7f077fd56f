import type { APIRoute } from 'astro';
import { embedPaths } from '../../../../model/faq';
import { jsonResponse } from '../../../../feed/feed';
import { embedPath, embedTitle, oembed } from '../../../../embed/snippet';
import { canonicalUrl, siteName, siteUrl } from '../../../../seo/meta';
import { type FaqTopic, faqTopics } from '../../../../schemas/faq';

export function getStaticPaths() {
	return embedPaths();
}

/** The oEmbed response for `/embed/faq/` and each `/embed/faq/<topic>/`, found from the page's `<link rel="alternate">`. */
export const GET: APIRoute = ({ params, site: configured }) => {
	const site = siteUrl(configured);
	const topic = params.topic as FaqTopic | undefined;
	return jsonResponse(
		oembed({
			src: canonicalUrl(embedPath(topic), site),
			title: embedTitle(topic ? faqTopics[topic] : undefined),
			providerName: siteName,
			providerUrl: canonicalUrl('/', site),
		}),
	);
};
