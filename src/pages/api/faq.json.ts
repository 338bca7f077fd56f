import type { APIRoute } from 'astro';
import { faqFeed } from '../../model/faq';
import { jsonResponse } from '../../feed/feed';

/** Every question and answer, for clinics that render the FAQ themselves. */
export const GET: APIRoute = async ({ site = new URL('http://localhost:4321') }) => jsonResponse(await faqFeed(site));
