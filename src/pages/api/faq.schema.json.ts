import type { APIRoute } from 'astro';
import { feedJsonSchema, jsonResponse } from '../../feed/feed';

/** The FAQ feed's JSON Schema, made from the same zod schema the feed is checked against. */
export const GET: APIRoute = ({ site = new URL('http://localhost:4321') }) =>
	jsonResponse(feedJsonSchema(new URL('/api/faq.schema.json', site).href));
