import { z } from 'astro/zod';
import { isoDateSchema, strictObject, textSchema } from './common';

/** A public reference the pages cite: `content/sources.yaml`, keyed by id. */
export function sourceSchema() {
	return strictObject({
		title: textSchema('title', 'the title of the page or article as published.'),
		publisher: textSchema('publisher', 'who published it, for example "U.S. Food and Drug Administration".'),
		year: z.number({ error: 'Add `year`: the year it was published or last updated, for example 2024.' }).int().min(1990).max(2100),
		/** The day it was issued, where the day matters (a safety communication). */
		date: isoDateSchema('date').optional(),
		/** What kind of source it is and how much of it we could read, in one plain sentence or two. */
		about: textSchema(
			'about',
			"what kind of source this is (a regulator's page, a review of studies, a report of one case) and how much of it we could read.",
		),
		url: z.url({ protocol: /^https?$/, error: 'Write `url` as a full web address starting with https://.' }),
	});
}
