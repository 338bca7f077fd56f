import type { APIRoute } from 'astro';
import { feedJsonSchema, jsonResponse } from '../../feed/feed';
import { canonicalUrl, siteUrl } from '../../seo/meta';

/** The FAQ feed's JSON Schema, made from the same zod schema the feed is checked against. */
export const GET: APIRoute = ({ site }) => jsonResponse(feedJsonSchema(canonicalUrl('/api/faq.schema.json', siteUrl(site))));
