import { basisFields, withBasis } from './citations';
import { strictObject, textSchema } from './common';

/**
 * One figure the site states (how many sessions, how long redness lasts…), written once in
 * `content/facts.yaml` and rendered everywhere from there, so no two pages can disagree. It
 * cites the sources that state it, or is marked as clinic practice.
 */
export function factSchema() {
	return withBasis(
		strictObject({
			value: textSchema('value', 'the figure as a reader should see it, for example "3 to 6 sessions".'),
			label: textSchema('label', 'what the figure measures, for example "Sessions in a course".'),
			...basisFields(),
		}),
	);
}
