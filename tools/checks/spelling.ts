/**
 * The spelling check (tools/check-spelling.ts): which text of each file is checked, and how
 * cspell's findings become messages for editors. Every file becomes a "view" of itself that keeps
 * only the text a reader sees (prose values of YAML, an MDX body, the text of a built page) with
 * a map back to the file, so every finding names the file's own line and column.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { type Lang, languages, sourceLang } from '../../src/i18n/languages.ts';
import { collectionSources, contentDir } from '../../src/model/files.ts';
import { nonProseKeys } from '../../src/model/plain-text.ts';
import { splitFrontmatter, yamlProseRanges } from '../../src/prose/prose-ranges.ts';
import { isSearchOnly, notProseElements } from '../../src/prose/visible-text.ts';
import { readGlossaryFiles } from '../../src/vocabulary/glossary-files.ts';
import { languageFolders } from '../../src/model/translation-status.ts';
import type { VocabularyTerm } from '../../src/vocabulary/terms.ts';
import { builtPages } from './html-check.ts';

/** The committed lists of extra words, one per language, named in every message about an unknown word. */
const wordsFiles: Record<Lang, string> = { en: 'cspell-words.txt', es: 'cspell-words-es.txt' };
const configFile = 'cspell.config.yaml';

/**
 * YAML keys never checked. Besides ids, dates and references (`nonProseKeys`): `quote`, a
 * source's own words copied exactly, which may spell the British way or even misspell; we
 * must not "correct" a quote, so its spelling is not ours to check.
 */
const uncheckedKeys: ReadonlySet<string> = new Set([...nonProseKeys, 'quote']);

/** The text to check, and for each of its characters the offset in the file it came from. */
interface TextView {
	text: string;
	/** `offsets[i]` is where `text[i]` is in the file; absent when the view is the file, masked. */
	offsets?: number[];
}

/** The file's text with everything outside `keep` (start inclusive, end exclusive) made spaces; line breaks stay. */
export function keepOnly(source: string, keep: readonly (readonly [number, number])[]): string {
	const chars = source.replace(/[^\r\n]/g, ' ').split('');
	for (const [start, end] of keep) for (let i = start; i < end; i++) chars[i] = source[i] ?? ' ';
	return chars.join('');
}

/** A content file's view: a YAML file's prose values, or an MDX file's frontmatter prose and its whole body. */
export function contentView(source: string, kind: 'yaml' | 'mdx'): TextView {
	if (kind === 'yaml') return { text: keepOnly(source, proseOffsets(source, 0)) };
	const frontmatter = splitFrontmatter(source);
	if (!frontmatter) return { text: source };
	return { text: keepOnly(source, [...proseOffsets(frontmatter.yaml, frontmatter.yamlStart), [frontmatter.end, source.length]]) };
}

/** The offsets (in `yaml`, plus `base`) of every prose value outside the unchecked keys, quotes included. */
function proseOffsets(yaml: string, base: number): [number, number][] {
	return yamlProseRanges(yaml, uncheckedKeys).map(({ start, end }) => [base + start, base + end]);
}

/**
 * Elements not checked: those that are never prose (`notProseElements`), and inline quotations
 * (`q`), a source's own words like `quote` fields; the reading grade keeps `q`, as part of a sentence.
 * The document `title` is the page's heading and the site's name, each checked where the page
 * shows it in its own language (an English source's title on a Spanish page has no other way).
 * Other `hidden` text is read: the site's script shows it (a "Copy link" button).
 */
const skippedElements = new Set([...notProseElements, 'q', 'title']);
/** Attributes a reader meets as text: alt text, tooltips, labels read aloud, placeholders. */
const textAttributes = ['alt', 'title', 'ariaLabel', 'placeholder'];

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const entityPattern = /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([A-Za-z][A-Za-z0-9]*));/g;

/**
 * The characters of a raw HTML fragment (`source[start..end)`) as a reader gets them, each with
 * its offset in the file: `body&#39;s` gives `body's`. `expected` is the parser's decoded value;
 * if an entity this does not know made them differ, the parser's text is used, every character
 * placed at the fragment's start, so a finding still names the right line.
 */
function decoded(source: string, start: number, end: number, expected: string): { text: string; offsets: number[] } {
	const raw = source.slice(start, end);
	let text = '';
	const offsets: number[] = [];
	let last = 0;
	const copy = (from: number, to: number) => {
		for (let i = from; i < to; i++) {
			text += raw[i];
			offsets.push(start + i);
		}
	};
	for (const match of raw.matchAll(entityPattern)) {
		copy(last, match.index);
		const [, decimal, hex, name] = match;
		const char = decimal
			? String.fromCodePoint(Number(decimal))
			: hex
				? String.fromCodePoint(parseInt(hex, 16))
				: (namedEntities[name ?? ''] ?? match[0]);
		text += char;
		for (let i = 0; i < char.length; i++) offsets.push(start + match.index);
		last = match.index + match[0].length;
	}
	copy(last, raw.length);
	return text === expected ? { text, offsets } : { text: expected, offsets: Array.from(expected, () => start) };
}

/** A site language from a `lang` attribute ("es", "es-US" → es); undefined for any other language. */
function siteLanguage(lang: string): Lang | undefined {
	const primary = lang.split('-')[0]?.toLowerCase() ?? '';
	return Object.hasOwn(languages, primary) ? (primary as Lang) : undefined;
}

/**
 * A built page's views, one per language: the text a reader sees (text nodes, and alt, title,
 * aria-label and placeholder values), each piece followed by a space, with its offsets in the
 * file. Each piece is in the language of the nearest `lang` attribute (English where none is
 * set), so a Spanish page (`<html lang="es">`) is read as Spanish, and an English title marked
 * `lang="en"` on it as English; text in a language the site is not written in is not checked.
 * Skips scripts (JSON-LD too), styles, templates and code. Built pages are minified onto a few
 * lines, so the offsets give a finding's column as well as its line.
 */
export function htmlViews(html: string): Map<Lang, TextView> {
	const tree = fromHtml(html, { verbose: true });
	const views = new Map<Lang, { text: string; offsets: number[] }>();
	const add = (piece: { text: string; offsets: number[] }, lang: Lang | undefined) => {
		if (lang === undefined || piece.text.trim() === '') return;
		const view = views.get(lang) ?? { text: '', offsets: [] };
		view.text += piece.text + ' ';
		view.offsets.push(...piece.offsets, piece.offsets.at(-1) ?? 0);
		views.set(lang, view);
	};
	const visit = (node: Nodes, lang: Lang | undefined) => {
		if (node.type === 'text') {
			const { start, end } = node.position ?? {};
			if (start?.offset !== undefined && end?.offset !== undefined) add(decoded(html, start.offset, end.offset, node.value), lang);
			return;
		}
		if (node.type === 'element') {
			if (skippedElements.has(node.tagName) || isSearchOnly(node)) return;
			const own = node.properties.lang;
			if (typeof own === 'string') lang = siteLanguage(own);
			attributes(node, lang);
		}
		if ('children' in node) for (const child of node.children) visit(child, lang);
	};
	const attributes = (element: Element, lang: Lang | undefined) => {
		const positions = (
			element.data as
				{ position?: { properties?: Record<string, { start: { offset?: number }; end: { offset?: number } } | undefined> } } | undefined
		)?.position?.properties;
		for (const name of textAttributes) {
			const value = element.properties[name];
			const position = positions?.[name];
			if (typeof value !== 'string' || position?.start.offset === undefined || position.end.offset === undefined) continue;
			// The attribute's source is `name="value"`: the value starts after `=` and any quote.
			const raw = html.slice(position.start.offset, position.end.offset);
			const valueStart = /=\s*["']?/.exec(raw);
			if (!valueStart) continue;
			const from = position.start.offset + valueStart.index + valueStart[0].length;
			const to = position.end.offset - (/["']$/.test(raw) ? 1 : 0);
			add(decoded(html, from, to, value), lang);
		}
	};
	visit(tree, sourceLang);
	return views;
}

/** 1-based line and column of an offset in a file. */
export function lineAndColumn(source: string, offset: number): { line: number; column: number } {
	const before = source.slice(0, offset);
	const lineStart = before.lastIndexOf('\n') + 1;
	return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/**
 * British spellings and their US forms, for one-for-one changes: colour → color, centre →
 * center, organise → organize, anaesthetic → anesthetic, oedema → edema, travelled → traveled.
 * Needed because the US dictionary (and the medical one) accept many British forms. Each pattern
 * is tried where it occurs; a change counts when the British dictionary has the word, the US
 * dictionary has the change, and either the British dictionary lacks the change (four → for is
 * no change: both are English) or the US dictionary lacks the word (organise). The patterns are narrow because the US dictionary also holds rare forms
 * (corse, des): "our" only before an ending (not course), "ae"/"oe" only where British medical
 * words have them (haem-, paed-, anaes-, leukaem-, oed-, oest-, foet-, -rhoea; not aesthetic, does).
 */
const britishPatterns: readonly [RegExp, string][] = [
	[/our(?=$|s$|ed$|ing$|ite|ful|less|able|ably|ab|al$|ally$|er$|ers$|ist|ism|y$)/g, 'or'],
	[/tre(?=$|s$)/g, 'ter'],
	[/tred$/g, 'tered'],
	[/is(?=e$|es$|ed$|ing$|ation|ations$|er$|ers$)/g, 'iz'],
	[/ys(?=e$|es$|ed$|ing$|er$|ers$)/g, 'yz'],
	[/(?<=^h|^p|^an|^leuk|^orthop|^gyn|^ischa|^septic)ae/g, 'e'],
	[/(?<=^|rh|^f)oe/g, 'e'],
	[/ence(?=$|s$)/g, 'ense'],
	[/ll(?=ed$|ing$|er$|ers$|or$|ors$)/g, 'l'],
	[/ogue(?=$|s$)/g, 'og'],
	[/mme(?=$|s$)/g, 'm'],
	[/^mould/g, 'mold'],
	[/yre(?=$|s$)/g, 'ire'],
];

/** Words that end in -ise in US English too (advertise, exercise): never "organise" errors. */
const usIseStems =
	/^(advertis|advis|apprais|aris|chastis|circumcis|compris|compromis|concis|cruis|bruis|demis|despis|devis|disguis|enterpris|excis|exercis|expertis|franchis|improvis|incis|merchandis|noise|poise|precis|premis|prais|promis|rais|revis|ris|supervis|surmis|surpris|televis|wis)/;

/** A lowercase word's US form if it is a British spelling (see `britishPatterns`), else undefined. */
export function usSpelling(word: string, us: (word: string) => boolean, british: (word: string) => boolean): string | undefined {
	if (!british(word)) return undefined;
	for (const [pattern, replacement] of britishPatterns) {
		if (replacement === 'iz' && usIseStems.test(word)) continue;
		for (const match of word.matchAll(pattern)) {
			const candidate = word.slice(0, match.index) + replacement + word.slice(match.index + match[0].length);
			if (us(candidate) && (!british(candidate) || !us(word))) return candidate;
		}
	}
	return undefined;
}

/** The distinct lowercase words of a text (letters, with inner apostrophes). */
export function wordsOf(text: string): Set<string> {
	return new Set(Array.from(text.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu), ([word]) => word.toLowerCase().replace(/['’]s$/, '')));
}

/**
 * Every word of the glossary's names (term, aliases, abbreviation, what it stands for): the site's
 * own vocabulary. A term starts with a capital ("Hiperpigmentación posinflamatoria") that a
 * sentence drops, and the Spanish check tells capitals apart (as it tells accents apart), so a
 * word with only its first letter capital is given in small letters too.
 */
export function glossaryWords(terms: readonly VocabularyTerm[]): string[] {
	const names = terms.flatMap((term) => [term.term, ...term.aliases, term.abbreviation ?? '', term.abbreviationOf ?? '']);
	const words = names.flatMap((name) => name.match(/\p{L}[\p{L}\p{N}]*(?:['’]\p{L}+)*/gu) ?? []);
	return [...new Set(words.flatMap((word) => (/^\p{Lu}[^\p{Lu}]+$/u.test(word) ? [word, word.toLowerCase()] : [word])))].sort();
}

/** One word to fix, where it is, its language, and what to write instead when known. */
interface Misspelling {
	file: string;
	lang: Lang;
	line: number;
	column: number;
	word: string;
	/** The US spelling, when the word is a British one. */
	usForm?: string;
	suggestions: string[];
}

/** A finding as the command prints it: path first, then the word, then the fix. */
export function formatMisspelling(m: Misspelling): string {
	const where = `${m.file}:${m.line}:${m.column}`;
	if (m.usForm) return `${where}  "${m.word}" is the British spelling: write "${m.usForm}" (the site uses US English)`;
	const guess = m.suggestions.length > 0 ? ` (did you mean ${m.suggestions.map((s) => `"${s}"`).join(', ')}?)` : '';
	return `${where}  "${m.word}" is not a known word${guess}: correct it, or add it to ${wordsFiles[m.lang]} if it is correct`;
}

/** A file to check: its path, its text, and the views of it that are checked, one per language. */
interface CheckedFile {
	path: string;
	source: string;
	views: ReadonlyMap<Lang, TextView>;
	languageId: string;
}

/**
 * Every content file, found through the collection table (sources.yaml's titles included), in
 * English and then in each translation folder (`content/es/`), then every built page.
 */
function filesToCheck(contentRoot: string, distDir: string | undefined): CheckedFile[] {
	const files: CheckedFile[] = [];
	const addContent = (path: string, kind: 'yaml' | 'mdx', lang: Lang) => {
		const source = readFileSync(path, 'utf8');
		files.push({
			path,
			source,
			views: new Map([[lang, contentView(source, kind)]]),
			languageId: kind === 'mdx' ? 'markdown' : 'plaintext',
		});
	};
	for (const folder of languageFolders(contentRoot)) {
		for (const source of Object.values(collectionSources)) {
			if ('file' in source) {
				if (existsSync(join(folder.root, source.file))) addContent(join(folder.root, source.file), 'yaml', folder.lang);
				continue;
			}
			const dir = join(folder.root, source.dir);
			if (!existsSync(dir)) continue;
			for (const name of readdirSync(dir)
				.filter((entry) => entry.endsWith(source.extension))
				.sort()) {
				addContent(join(dir, name), source.extension === '.mdx' ? 'mdx' : 'yaml', folder.lang);
			}
		}
	}
	if (distDir !== undefined) {
		for (const path of builtPages(distDir)) {
			const source = readFileSync(path, 'utf8');
			// Astro's redirect pages say "Redirecting to: <address>" in its words; hosts answer the redirects themselves.
			if (isRedirectPage(source)) continue;
			files.push({ path, source, views: htmlViews(source), languageId: 'plaintext' });
		}
	}
	return files;
}

/** Astro's page for a configured redirect: a refresh to the target and nothing to read. */
export function isRedirectPage(html: string): boolean {
	return /^<!doctype html><title>Redirecting to: [^<]*<\/title><meta http-equiv="refresh"/i.test(html);
}

/**
 * The cspell locale of each language, which turns on its dictionary: US English, and Spanish,
 * whose dictionary (`@cspell/dict-es-es`) answers to "es" but not to our "es-US".
 */
const cspellLocales: Record<Lang, string> = { en: 'en-US', es: 'es' };

/** The words of the committed words file, lowercased, for the British-spelling exemption. */
function listedWords(root: string): Set<string> {
	const path = join(root, wordsFiles.en);
	if (!existsSync(path)) return new Set();
	return new Set(
		readFileSync(path, 'utf8')
			.split('\n')
			.map((line) => line.replace(/#.*/, '').trim().toLowerCase())
			.filter(Boolean),
	);
}

/**
 * Checks content (and, when given, the built pages) with cspell and the project's config at
 * `projectRoot`. Returns the files checked and what was found, ordered by file and place.
 */
export async function checkSpelling(options: {
	contentRoot?: string;
	distDir?: string;
	projectRoot?: string;
}): Promise<{ files: CheckedFile[]; misspellings: Misspelling[] }> {
	// Loaded here, not at the top, so the unit tests of the pure parts need not load cspell.
	const { getDictionary, mergeSettings, getDefaultSettings, spellCheckDocument } = await import('cspell-lib');
	const contentRoot = options.contentRoot ?? contentDir();
	const projectRoot = options.projectRoot ?? fileURLToPath(new URL('../..', import.meta.url));
	const files = filesToCheck(contentRoot, options.distDir);

	// British spellings: the words of every view that the British dictionary has and that have a US
	// form; cspell then reports each as a flagged word, at its place.
	const defaults = await getDefaultSettings();
	const dictionary = async (name: string) => {
		const loaded = await getDictionary(mergeSettings(defaults, { dictionaries: [name] }));
		return (word: string) => loaded.has(word, { ignoreCase: false });
	};
	const [us, british] = await Promise.all([dictionary('en_us'), dictionary('en-gb')]);
	const exempt = listedWords(projectRoot);
	const usForms = new Map<string, string>();
	for (const word of wordsOf(files.map(({ views }) => views.get('en')?.text ?? '').join(' '))) {
		const usForm = exempt.has(word) ? undefined : usSpelling(word, us, british);
		if (usForm) usForms.set(word, usForm);
	}

	// Each language's own glossary's names; its locale (`cspellLocales`) picks its dictionaries.
	const glossaries = new Map(languageFolders(contentRoot).map((folder) => [folder.lang, readGlossaryFiles(folder.root)]));
	const settings = (lang: Lang) => ({
		words: glossaryWords(glossaries.get(lang) ?? []),
		flagWords: lang === 'en' ? [...usForms.keys()] : [],
	});
	const misspellings: Misspelling[] = [];
	for (const file of files) {
		for (const [lang, view] of file.views) {
			const result = await spellCheckDocument(
				{ uri: pathToFileURL(file.path).href, text: view.text, languageId: file.languageId, locale: cspellLocales[lang] },
				{ configFile: join(projectRoot, configFile), noConfigSearch: true, generateSuggestions: true, numSuggestions: 3 },
				settings(lang),
			);
			if (result.errors?.length)
				throw new Error(`${file.path}: cspell could not check it: ${result.errors.map((error) => error.message).join('; ')}`);
			for (const issue of result.issues) {
				const offset = view.offsets ? (view.offsets[issue.offset] ?? 0) : issue.offset;
				const usForm = lang === 'en' ? usForms.get(issue.text.toLowerCase()) : undefined;
				misspellings.push({
					file: relative(process.cwd(), file.path),
					lang,
					...lineAndColumn(file.source, offset),
					word: issue.text,
					...(usForm ? { usForm: matchCase(issue.text, usForm) } : {}),
					suggestions: (issue.suggestionsEx ?? []).map(({ word }) => word).slice(0, 3),
				});
			}
		}
	}
	misspellings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
	return { files, misspellings };
}

/** The US form written with the word's capitals: "Colour" → "Color". */
function matchCase(word: string, usForm: string): string {
	if (word === word.toUpperCase()) return usForm.toUpperCase();
	return word[0] === word[0]?.toUpperCase() ? usForm[0]?.toUpperCase() + usForm.slice(1) : usForm;
}
