import { z } from 'astro/zod';
import { entryReference, strictObject, textSchema } from './common';

/**
 * One figure the site states (how many sessions, how long redness lasts…), written once in
 * `content/facts.yaml` and rendered everywhere from there, so no two pages can disagree.
 */
export function factSchema() {
	return strictObject({
		value: textSchema('value', 'the figure as a reader should see it, for example "3 to 6 sessions".'),
		label: textSchema('label', 'what the figure measures, for example "Sessions in a course".'),
		/** Empty where the figure is this site's reconciliation of sources that disagree. */
		sources: z.array(entryReference('sources')).default([]),
	});
}

export type Fact = z.infer<ReturnType<typeof factSchema>>;
