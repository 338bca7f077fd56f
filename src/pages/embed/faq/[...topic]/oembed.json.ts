import type { APIRoute } from 'astro';
import { embedPaths } from '../../../../model/faq';
import { jsonResponse } from '../../../../feed/feed';
import { embedPath, oembed } from '../../../../embed/snippet';
import { langOf } from '../../../../i18n/languages';
import { localizePath } from '../../../../i18n/routes';
import { ui } from '../../../../i18n/ui';
import { canonicalUrl, siteUrl } from '../../../../seo/meta';
import type { FaqTopic } from '../../../../schemas/faq';

export function getStaticPaths() {
	return embedPaths();
}

/** The oEmbed response for `/embed/faq/` and each `/embed/faq/<topic>/`, found from the page's `<link rel="alternate">`. */
export const GET: APIRoute = ({ params, site: configured, currentLocale }) => {
	const site = siteUrl(configured);
	const topic = params.topic as FaqTopic | undefined;
	const lang = langOf(currentLocale);
	const t = ui(lang);
	return jsonResponse(
		oembed({
			src: canonicalUrl(localizePath(embedPath(topic), lang), site),
			title: t.embed.title(topic ? t.faqTopics[topic] : undefined),
			providerName: t.siteName,
			providerUrl: canonicalUrl(localizePath('/', lang), site),
		}),
	);
};
