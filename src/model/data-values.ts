/**
 * What each MDX data component shows, as text, for places that cannot render MDX (the FAQ
 * feed, JSON-LD answers, the words search and the glossary index see). It reads the same
 * entries the components render, so the page and the feed say the same thing.
 */
import type { DataValue } from './plain-text';
import { dataComponentTable } from './data-components';
import { warningSignGroups } from './warning-signs';
import type { Lang } from '../i18n/languages';
import { oncePerLanguage } from './once-per-language';
import { ui } from '../i18n/ui';
import { localCollection } from './localized';
import { requiredFactText } from './fact-text';

/** The resolver for `replaceDataComponents` and `mdxToPlainText` in a language, read once per build. */
export const dataValues = oncePerLanguage(readDataValues);

async function readDataValues(lang: Lang): Promise<DataValue> {
	const text = ui(lang);
	const facts = new Map((await localCollection('facts', lang)).map((fact) => [fact.id, requiredFactText(fact.id, lang)]));
	const advice = new Map(
		(await localCollection('advice', lang)).map((entry) => [entry.id, `${entry.data.advice} ${text.aftercare.followYourClinic}`]),
	);
	const groups = await warningSignGroups(undefined, lang);
	// Markdown: a list, with blank lines so it stands as its own block in the answer.
	const signs = `\n\n${groups
		.map((group) => `- **${group.label}:** ${group.signs.map((sign) => `${sign.data.sign}.`).join(' ')}`)
		.join('\n')}\n\n`;
	return (component, id) => {
		if (component === 'WarningSigns') return signs;
		const shown = (component === 'Fact' ? facts : advice).get(id ?? '');
		if (shown === undefined)
			throw new Error(`<${component} id="${id ?? ''}" />: no such entry in content/${dataComponentTable[component].reference.file}.`);
		return shown;
	};
}
