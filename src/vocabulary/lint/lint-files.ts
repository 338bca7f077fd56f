/**
 * Runs the terminology lint over a content folder and its translations, each language with its
 * own glossary, with textlint: the glossary's wrong spellings (`textlint-rule-terminology`,
 * quoted mentions let through by `textlint-filter-rule-allowlist`) and abbreviations spelled out
 * at their first use (the local rule). Each file is linted through its prose view, so
 * frontmatter and YAML prose are checked and every finding points at the real line and column.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextlintFilterRuleReporter, TextlintPluginCreator } from '@textlint/types';
import { createLinter, loadTextlintrc } from 'textlint';
import allowlistFilter from 'textlint-filter-rule-allowlist';
import mdxPlugin from 'textlint-plugin-mdx';
import terminologyRule from 'textlint-rule-terminology';
import { collectionSources, contentDir } from '../../model/files.ts';
import { readGlossaryFiles } from '../glossary-files.ts';
import { languageFolders } from '../../model/translation-status.ts';
import type { VocabularyTerm } from '../terms.ts';
import { abbreviationRuleId, createAbbreviationRule } from './abbreviation-rule.ts';
import { proseView, sourcePosition } from './prose-view.ts';
import { quotedVariantPatterns, terminologyFix, terminologyTerms } from './terminology.ts';

/** One problem found, with the fix in its message. Lines and columns are 1-based. */
interface LintFinding {
	file: string;
	line: number;
	column: number;
	message: string;
	rule: string;
}

/** A content file to lint and how to read it. */
interface ContentFile {
	path: string;
	kind: 'mdx' | 'yaml';
}

/**
 * The content files to lint, in a stable order, found through the collection table.
 * `sources.yaml` is left out: its titles are other people's paper titles, quoted exactly, and
 * it has no prose of its own.
 */
export function contentFiles(root = contentDir()): ContentFile[] {
	const files: ContentFile[] = [];
	for (const [collection, source] of Object.entries(collectionSources)) {
		if (collection === 'sources') continue;
		if ('file' in source) {
			const path = join(root, source.file);
			if (existsSync(path)) files.push({ path, kind: 'yaml' });
			continue;
		}
		const dir = join(root, source.dir);
		if (!existsSync(dir)) continue;
		for (const name of readdirSync(dir)
			.filter((entry) => entry.endsWith(source.extension))
			.sort()) {
			files.push({ path: join(dir, name), kind: source.extension === '.mdx' ? 'mdx' : 'yaml' });
		}
	}
	return files;
}

/**
 * A CommonJS module's `exports.default`: Node's `import` gives the whole `module.exports`,
 * while Vite already unwraps it.
 */
function unwrapDefault<T>(module: unknown): T {
	const value = module as { __esModule?: boolean; default?: unknown };
	return (value?.__esModule && value.default !== undefined ? value.default : module) as T;
}

/**
 * A textlint linter with the site's rules, made from the glossary. Only the rules, filter and
 * plugins built here run: a `.textlintrc` found on the way is replaced, not merged.
 */
export async function createContentLinter(terms: readonly VocabularyTerm[]) {
	// With no `.textlintrc`, this is textlint's own descriptor with its built-in Markdown and
	// text plugins; `shallowMerge` then sets everything this lint uses.
	const base = await loadTextlintrc();
	const builtIn = (base.toKernelOptions().plugins ?? []).filter((plugin) => plugin.pluginId.startsWith('@textlint/'));
	const descriptor = base.shallowMerge({
		plugins: [...builtIn, { pluginId: 'mdx', plugin: unwrapDefault<TextlintPluginCreator>(mdxPlugin) }],
		rules: [
			{
				ruleId: 'terminology',
				rule: terminologyRule,
				// Only the glossary's words, not the rule's list of tech spellings. A block quote
				// quotes someone else, so it is skipped, as the rule does by default.
				options: { defaultTerms: false, terms: terminologyTerms(terms), skip: ['BlockQuote'] },
			},
			{ ruleId: abbreviationRuleId, rule: createAbbreviationRule(terms) },
		],
		filterRules: [
			{
				ruleId: 'allowlist',
				rule: unwrapDefault<TextlintFilterRuleReporter>(allowlistFilter),
				options: { allow: quotedVariantPatterns(terms) },
			},
		],
	});
	return createLinter({ descriptor });
}

const wrongForm = /not "([\s\S]*)"$/;

/**
 * Two wrong forms can start at the same place ("micro-needling pen" and "micro-needling");
 * only the longer one, whose fix covers both, is kept.
 */
function withoutOverlaps(findings: LintFinding[]): LintFinding[] {
	const kept = new Map<string, LintFinding>();
	for (const finding of findings) {
		const key = `${finding.file}:${finding.line}:${finding.column}:${finding.rule}`;
		const other = kept.get(key);
		const length = (item: LintFinding) => wrongForm.exec(item.message)?.[1]?.length ?? 0;
		if (!other || length(finding) > length(other)) kept.set(key, finding);
	}
	return [...kept.values()];
}

/** Lints the given files and returns what it finds, ordered by file, line and column. */
export async function lintFiles(files: readonly ContentFile[], terms: readonly VocabularyTerm[]): Promise<LintFinding[]> {
	const linter = await createContentLinter(terms);
	const findings: LintFinding[] = [];
	for (const file of files) {
		const view = proseView(readFileSync(file.path, 'utf8'), file.kind);
		// textlint picks its parser by extension: MDX for `.mdx`, Markdown for the YAML prose.
		const lintPath = file.kind === 'mdx' ? file.path : `${file.path}.md`;
		const unreadable = (line: number): LintFinding => ({
			file: file.path,
			line,
			column: 1,
			// textlint's own message says only that the plugin failed; Astro's build names the mistake.
			message: `This file could not be read as ${file.kind === 'mdx' ? 'MDX' : 'YAML prose'}, so its wording was not checked: fix its syntax (npm run build shows where)`,
			rule: 'parse',
		});
		try {
			const result = await linter.lintText(view.text, lintPath);
			for (const message of result.messages) {
				if (message.ruleId === 'plugin-error') {
					findings.push(unreadable(message.loc.start.line));
					continue;
				}
				const position = sourcePosition(view, message.loc.start.line, message.loc.start.column);
				const text =
					message.ruleId === 'terminology' ? terminologyFix(message.message, view.text.slice(0, message.range[0])) : message.message;
				if (text === undefined) continue;
				findings.push({ file: file.path, ...position, message: text, rule: message.ruleId });
			}
		} catch {
			findings.push(unreadable(1));
		}
	}
	return withoutOverlaps(findings).sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
	);
}

/**
 * Lints every content file under a content folder, the English and each translation
 * (`content/es/`), each language's files with the vocabulary of its own glossary.
 */
export async function lintContent(root = contentDir()): Promise<{ files: ContentFile[]; findings: LintFinding[] }> {
	const files: ContentFile[] = [];
	const findings: LintFinding[] = [];
	for (const folder of languageFolders(root)) {
		const own = contentFiles(folder.root);
		files.push(...own);
		findings.push(...(await lintFiles(own, readGlossaryFiles(folder.root))));
	}
	return { files, findings };
}

/** One finding as the command prints it: `content/faq/x.mdx:12:5  Write "…", not "…" (terminology)`. */
export function formatFinding(finding: LintFinding): string {
	return `${finding.file}:${finding.line}:${finding.column}  ${finding.message} (${finding.rule})`;
}
