/**
 * The oEmbed response of each embed page (`/embed/faq/oembed.json`, `/embed/faq/<topic>/oembed.json`
 * and the same under `/es/`), found from the page's `<link rel="alternate">`. Each language's
 * route re-exports this module; the language comes from the route (`currentLocale`).
 */
import type { APIRoute } from 'astro';
import { embedPaths } from '../model/faq';
import { jsonResponse } from '../feed/feed';
import { langOf } from '../i18n/languages';
import { localizePath } from '../i18n/routes';
import { ui } from '../i18n/ui';
import { canonicalUrl, siteUrl } from '../seo/meta';
import type { FaqTopic } from '../schemas/faq';
import { embedPath, oembed } from './snippet';

export const getStaticPaths = embedPaths;

export const GET: APIRoute = ({ params, site: configured, currentLocale }) => {
	const site = siteUrl(configured);
	const topic = params.topic as FaqTopic | undefined;
	const lang = langOf(currentLocale);
	const t = ui(lang);
	return jsonResponse(
		oembed({
			src: canonicalUrl(embedPath(topic, lang), site),
			title: t.embed.title(topic ? t.faqTopics[topic] : undefined),
			providerName: t.siteName,
			providerUrl: canonicalUrl(localizePath('/', lang), site),
		}),
	);
};
