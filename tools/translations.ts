/**
 * The translations and where they stand.
 *
 * - `npm run translations`: lists each translation that restates an older version of its English
 *   entry (or was never checked against one), with the English file to compare; exits 1 if any.
 * - `npm run translations -- --stamp content/es/faq/x.mdx [more files]`: records that each file
 *   now says what its English entry says, by writing the English words' version into
 *   `translates`. For a file of many entries (`content/es/advice.yaml`), every entry in it; name
 *   one with `content/es/advice.yaml#makeup`. Stamp only what you have checked against the English.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sourceLang } from '../src/i18n/languages.ts';
import { languageFolders, staleMessage, staleTranslations, translationStates } from '../src/model/translation-status.ts';

const { values, positionals } = parseArgs({ options: { stamp: { type: 'boolean' } }, allowPositionals: true });
const translated = languageFolders()
	.map((folder) => folder.lang)
	.filter((lang) => lang !== sourceLang);

if (values.stamp) {
	const states = translated.flatMap((lang) => translationStates(lang));
	for (const target of positionals) {
		const [file, id] = target.split('#');
		const matches = states.filter((state) => state.file === file && (id === undefined || state.id === id));
		if (matches.length === 0) throw new Error(`${target} is not a translation of an English entry: give a file under content/<language>/.`);
		let text = readFileSync(file!, 'utf8');
		for (const state of matches) text = stamp(text, state.id, state.current, matches.length > 1 || id !== undefined);
		writeFileSync(file!, text);
		console.log(`${target}: translates ${matches.map((state) => state.current).join(', ')}`);
	}
} else {
	const stale = translated.flatMap((lang) => staleTranslations(lang));
	for (const state of stale) console.log(`${state.target}: ${staleMessage(state)}`);
	console.log(
		stale.length === 0 ? 'Translations: every one says what its English entry says.' : `Translations: ${stale.length} out of date.`,
	);
	process.exitCode = stale.length === 0 ? 0 : 1;
}

/** Writes `version` into the `translates` line of an entry: the file's first, or the one under `id:` in a file of many. */
function stamp(text: string, id: string, version: string, inEntry: boolean): string {
	const line = inEntry ? new RegExp(`^(${escape(id)}:\\n(?:[ \\t]+.*\\n)*?[ \\t]+translates:)[^\\n]*`, 'm') : /^(translates:)[^\n]*/m;
	if (!line.test(text)) throw new Error(`No \`translates:\` line for ${id}: add \`translates: pending\` as the entry's first field.`);
	return text.replace(line, `$1 "${version}"`);
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
