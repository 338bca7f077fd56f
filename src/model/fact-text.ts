/**
 * A fact as a reader sees it, in either language: its figures formatted by the language and
 * put in its wording (the Spanish wording from `content/es/facts.yaml`). Read straight from
 * the files, so the schemas can show a fact in YAML text as the pages do; the facts schema
 * still validates both files and stops the build when one is wrong.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type Figure, formatFact } from '../i18n/figures';
import { type Lang, sourceLang } from '../i18n/languages';
import { contentDir } from './files';

interface RawFact {
	figures?: Figure[];
	wording?: string;
}

/** Where each language's wording of the facts is: the English file, or its translation. */
function factsFile(lang: Lang, root: string): string {
	return lang === sourceLang ? join(root, 'facts.yaml') : join(root, lang, 'facts.yaml');
}

const cache = new Map<string, { mtimeMs: number; facts: Record<string, RawFact> }>();

function readFacts(path: string): Record<string, RawFact> {
	if (!existsSync(path)) return {};
	const { mtimeMs } = statSync(path);
	const cached = cache.get(path);
	if (cached?.mtimeMs === mtimeMs) return cached.facts;
	let facts: Record<string, RawFact> = {};
	try {
		const data: unknown = parseYaml(readFileSync(path, 'utf8'));
		if (data && typeof data === 'object') facts = data as Record<string, RawFact>;
	} catch {
		// The collection's own schema reports a file that does not parse.
	}
	cache.set(path, { mtimeMs, facts });
	return facts;
}

/** "about 4 weeks apart", "unas 4 semanas"; undefined when there is no such fact in that language. */
function factText(id: string, lang: Lang, root = contentDir()): string | undefined {
	const figures = readFacts(factsFile(sourceLang, root))[id]?.figures ?? [];
	const wording = readFacts(factsFile(lang, root))[id]?.wording;
	return typeof wording === 'string' ? formatFact(wording, figures, lang) : undefined;
}

/** A Fact tag in YAML text or frontmatter, written as in MDX: `<Fact id="makeup-wait" />`. */
const factTag = /<Fact\s+id="([^"]*)"\s*\/>/g;

/**
 * Shows each `<Fact id="…" />` in a line of YAML text as the fact's words in `lang`. Returns
 * the text, and the problems: an id with no fact, or a tag written some other way.
 */
export function showFacts(text: string, lang: Lang, root = contentDir()): { text: string; problems: string[] } {
	const problems: string[] = [];
	const shown = text.replace(factTag, (tag, id: string) => {
		const words = factText(id, lang, root);
		if (words !== undefined) return words;
		problems.push(`${tag}: there is no fact "${id}" in ${factsFile(lang, root)}.`);
		return tag;
	});
	if (/<Fact\b/.test(shown.replace(factTag, '')))
		problems.push('Write a fact here exactly as <Fact id="…" />, with the id in double quotes.');
	return { text: shown, problems };
}

/** A fact's words for a page that cannot do without it: a missing fact stops the build, naming the file. */
export function requiredFactText(id: string, lang: Lang, root = contentDir()): string {
	const text = factText(id, lang, root);
	if (text === undefined) throw new Error(`${factsFile(lang, root)} has no fact "${id}": add it, or fix the id.`);
	return text;
}
