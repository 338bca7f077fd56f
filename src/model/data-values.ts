/**
 * What each MDX data component shows, as text, for places that cannot render MDX (the FAQ
 * feed, JSON-LD answers, the words search and the glossary index see). It reads the same
 * entries the components render, so the page and the feed say the same thing.
 */
import { getCollection } from 'astro:content';
import type { DataValue } from './plain-text';
import { dataComponentTable } from './data-components';
import { urgencies } from '../schemas/scales';
import { warningSignGroups } from './warning-signs';
import { sourceLang } from '../i18n/languages';
import { requiredFactText } from './fact-text';

let cache: Promise<DataValue> | undefined;

/** The resolver for `replaceDataComponents` and `mdxToPlainText`, read once per build. */
export function dataValues(): Promise<DataValue> {
	cache ??= readDataValues();
	return cache;
}

/** What every timing ends with, here and in the Advice component: the reader's clinic decides. */
export const followYourClinic = "If your clinic's advice differs, follow your clinic.";

async function readDataValues(): Promise<DataValue> {
	const facts = new Map((await getCollection('facts')).map((fact) => [fact.id, requiredFactText(fact.id, sourceLang)]));
	const advice = new Map((await getCollection('advice')).map((entry) => [entry.id, `${entry.data.advice} ${followYourClinic}`]));
	const groups = await warningSignGroups();
	// Markdown: a list, with blank lines so it stands as its own block in the answer.
	const signs = `\n\n${groups
		.map((group) => `- **${urgencies[group.level]}:** ${group.signs.map((sign) => `${sign.data.sign}.`).join(' ')}`)
		.join('\n')}\n\n`;
	return (component, id) => {
		if (component === 'WarningSigns') return signs;
		const text = (component === 'Fact' ? facts : advice).get(id ?? '');
		if (text === undefined)
			throw new Error(`<${component} id="${id ?? ''}" />: no such entry in content/${dataComponentTable[component].reference.file}.`);
		return text;
	};
}
