import { z } from 'astro/zod';
import { strictObject, textSchema } from './common';

/** A public reference the pages cite: `content/sources.yaml`, keyed by id. */
export function sourceSchema() {
	return strictObject({
		title: textSchema('title', 'the title of the page or article as published.'),
		publisher: textSchema('publisher', 'who published it, for example "U.S. Food and Drug Administration".'),
		year: z
			.number({ error: 'Add `year`: the year it was published or last updated, for example 2024.' })
			.int()
			.min(1990)
			.max(2100),
		url: z
			.url({ protocol: /^https?$/, error: 'Write `url` as a full web address starting with https://.' }),
	});
}

export type Source = z.infer<ReturnType<typeof sourceSchema>>;
