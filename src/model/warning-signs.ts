/**
 * Warning signs as pages show them: grouped by urgency, most urgent first, each group with the
 * label and meaning of its level from the urgency scale (content/scales.yaml).
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { type Urgency, urgencies } from '../schemas/scales';
import { requiredEntry } from './entries';

interface WarningSignGroup {
	level: Urgency;
	label: string;
	meaning: string;
	signs: CollectionEntry<'warningSigns'>[];
}

/** The signs with the given ids (all signs when none are given), grouped by urgency. */
export async function warningSignGroups(ids?: readonly string[]): Promise<WarningSignGroup[]> {
	const scale = await requiredEntry('scales', 'urgency');
	const signs = (await getCollection('warningSigns')).filter((sign) => !ids || ids.includes(sign.id));
	const levels = (Object.keys(urgencies) as Urgency[]).reverse();
	return levels
		.map((level) => ({
			level,
			label: urgencies[level],
			meaning: scale.data.levels[level] ?? '',
			signs: signs.filter((sign) => sign.data.urgency === level),
		}))
		.filter((group) => group.signs.length > 0);
}
