import type { APIRoute } from 'astro';
import { embedPaths } from '../../../../data/faq';
import { jsonResponse } from '../../../../lib/embed/feed';
import { embedPath, embedTitle, oembed } from '../../../../lib/embed/snippet';
import { canonicalUrl, siteName } from '../../../../lib/seo/meta';
import { type FaqTopic, faqTopics } from '../../../../schemas/faq';

export function getStaticPaths() {
	return embedPaths();
}

/** The oEmbed response for `/embed/faq/` and each `/embed/faq/<topic>/`, found from the page's `<link rel="alternate">`. */
export const GET: APIRoute = ({ params, site = new URL('http://localhost:4321') }) => {
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
