import type { APIRoute } from 'astro';
import { faqFeed } from '../../model/faq';
import { jsonResponse } from '../../feed/feed';
import { langOf } from '../../i18n/languages';
import { siteUrl } from '../../seo/meta';

/** Every question and answer, for clinics that render the FAQ themselves. */
export const GET: APIRoute = async ({ site, currentLocale }) => jsonResponse(await faqFeed(siteUrl(site), langOf(currentLocale)));
