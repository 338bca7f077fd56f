/**
 * Warning signs as pages show them: grouped by urgency, most urgent first, each group with the
 * label and meaning of its level from the urgency scale (content/scales.yaml).
 */
import type { CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/languages';
import { ui } from '../i18n/ui';
import { type Urgency, urgencies } from '../schemas/scales';
import { requiredEntry } from './entries';
import { localCollection } from './localized';

interface WarningSignGroup {
	level: Urgency;
	label: string;
	meaning: string;
	signs: CollectionEntry<'warningSigns'>[];
}

/** The signs with the given ids (all signs when none are given), grouped by urgency, in `lang`. */
export async function warningSignGroups(ids: readonly string[] | undefined, lang: Lang): Promise<WarningSignGroup[]> {
	const scale = await requiredEntry('scales', 'urgency', lang);
	const signs = (await localCollection('warningSigns', lang)).filter((sign) => !ids || ids.includes(sign.id));
	const levels = (Object.keys(urgencies) as Urgency[]).reverse();
	return levels
		.map((level) => ({
			level,
			label: ui(lang).scales.urgency[level],
			meaning: scale.data.levels[level] ?? '',
			signs: signs.filter((sign) => sign.data.urgency === level),
		}))
		.filter((group) => group.signs.length > 0);
}
