/**
 * Terms a reader must understand to act (retinoids, SPF…) are explained where they are acted
 * on. The glossary links and tooltips never reach an aftercare step (plain text, and on paper
 * nothing of the glossary prints), so a glossary term with `plainWords` gives the everyday words
 * for it, and wherever the aftercare steps, the advice or the getting-ready step use the term,
 * the same passage must use those words too: a step (its instruction and reason, printed
 * together), an advice entry, or a paragraph or list item of an MDX body.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { createTermMatcher } from '../vocabulary/matcher.ts';
import { type MdxNode, lineOf, parseMdx, walk } from '../model/mdx.ts';

/** The files whose passages are checked, from the content folder: what a reader acts on. */
export const plainWordsFiles = { aftercare: 'aftercare', advice: 'advice.yaml', preparation: 'procedure/preparation.mdx' } as const;

/** A glossary term that has plain words, with the names the content may call it by. */
export interface PlainWordsTerm {
	id: string;
	term: string;
	aliases: string[];
	abbreviation?: string | undefined;
	plainWords: string;
}

/** A passage read as one: the words a reader sees together, and the line it starts on. */
export interface Passage {
	line: number;
	text: string;
}

interface UnexplainedTerm {
	line: number;
	id: string;
	/** The term as the passage writes it. */
	name: string;
	plainWords: string;
}

/**
 * The names a term is found by: its term, aliases and abbreviation, and the singular of a plural
 * name ("retinoid creams" names retinoids too). The matcher adds plurals and any case.
 */
function namesFor(term: PlainWordsTerm): { term: string; aliases: string[]; abbreviation?: string | undefined } {
	const names = [term.term, ...term.aliases];
	const singulars = names.filter((name) => /[a-z]s$/i.test(name)).map((name) => name.slice(0, -1));
	return { term: term.term, aliases: [...term.aliases, ...singulars], abbreviation: term.abbreviation };
}

/** Each passage that names a term with plain words but does not use those words, once per term. */
export function findUnexplainedTerms(passages: readonly Passage[], terms: readonly PlainWordsTerm[]): UnexplainedTerm[] {
	const found: UnexplainedTerm[] = [];
	for (const term of terms) {
		const matcher = createTermMatcher([{ id: term.id, definition: '', variants: [], searchNames: [], ...namesFor(term) }]);
		for (const passage of passages) {
			const [mention] = matcher.find(passage.text);
			if (!mention || passage.text.toLowerCase().includes(term.plainWords.toLowerCase())) continue;
			const line = passage.line + passage.text.slice(0, mention.start).split('\n').length - 1;
			found.push({ line, id: term.id, name: mention.text, plainWords: term.plainWords });
		}
	}
	return found.sort((a, b) => a.line - b.line);
}

/** What to tell the writer, naming the glossary file the plain words come from. */
export function unexplainedTermMessage(found: UnexplainedTerm, glossaryDir: string): string {
	return `"${found.name}" needs its plain words here, "${found.plainWords}" (${glossaryDir}/${found.id}.mdx → plainWords): the glossary's link and tooltip do not reach this text, and never print. Say what it means in the same step, advice or paragraph, for example "${found.name} (${found.plainWords})".`;
}

/** The string under `key` of a YAML map node, with the line it starts on. */
function valueAt(node: unknown, key: string, lines: LineCounter): Passage | undefined {
	if (!isMap(node)) return undefined;
	const value = node.get(key, true);
	if (!isScalar(value) || typeof value.value !== 'string' || !value.range) return undefined;
	return { line: lines.linePos(value.range[0]).line, text: value.value };
}

/** An aftercare phase's passages: its title, its summary, and each step's instruction and reason together. */
export function aftercarePassages(yaml: string): Passage[] {
	const lines = new LineCounter();
	const root = parseDocument(yaml, { lineCounter: lines }).contents;
	const passages = ['title', 'summary'].flatMap((key) => valueAt(root, key, lines) ?? []);
	const steps = isMap(root) ? root.get('steps', true) : undefined;
	for (const step of isSeq(steps) ? steps.items : []) {
		const parts = ['text', 'reason'].flatMap((key) => valueAt(step, key, lines) ?? []);
		if (parts[0]) passages.push({ line: parts[0].line, text: parts.map((part) => part.text).join('\n') });
	}
	return passages;
}

/** The advice file's passages: each entry's advice sentence. */
export function advicePassages(yaml: string): Passage[] {
	const lines = new LineCounter();
	const root = parseDocument(yaml, { lineCounter: lines }).contents;
	return isMap(root) ? root.items.flatMap((pair) => valueAt(pair.value, 'advice', lines) ?? []) : [];
}

/** The text of an MDX node: its text, inline code and link words, without components. */
function textOf(node: MdxNode): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
	return (node.children ?? []).map(textOf).join('');
}

/** An MDX file's passages: its frontmatter's title and summary, and each paragraph of its body (a list item's too). */
export function mdxPassages(source: string): Passage[] {
	const passages: Passage[] = [];
	walk(parseMdx(source), (node) => {
		if (node.type === 'yaml') {
			const lines = new LineCounter();
			const root = parseDocument(node.value ?? '', { lineCounter: lines }).contents;
			// The frontmatter's YAML starts on the line after its opening fence.
			for (const key of ['title', 'summary']) {
				const value = valueAt(root, key, lines);
				if (value) passages.push({ line: value.line + lineOf(node), text: value.text });
			}
		} else if (node.type === 'paragraph') {
			passages.push({ line: lineOf(node), text: textOf(node) });
		}
	});
	return passages;
}
