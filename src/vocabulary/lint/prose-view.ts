/**
 * The prose of a content file as Markdown that textlint can read. Much of the site's prose is
 * in YAML (a FAQ's `question`, every `summary`, an aftercare step's `text`), and textlint's
 * Markdown and MDX plugins skip frontmatter. So each prose value is copied to column 0 of its
 * own line and every other YAML line is left blank: line numbers stay those of the real file,
 * and the column shift of each copied line is kept so that errors point at the real column.
 */
import { LineCounter } from 'yaml';
import { nonProseKeys } from '../../model/plain-text.ts';
import { splitFrontmatter, yamlProseRanges, type ProseRange } from '../../prose/prose-ranges.ts';

/** A file's prose, line for line, and how far each copied line moved to the left. */
interface ProseView {
	/** Markdown (or MDX) text with exactly as many lines as the file. */
	text: string;
	/** For each 1-based line copied out of YAML, the column its text started at in the file. */
	shifts: ReadonlyMap<number, number>;
}

/** The part of one source line that holds prose, as 0-based columns (end exclusive). */
interface Segment {
	start: number;
	end: number;
}

/**
 * Characters that would start MDX or HTML syntax (`{`, `<`), or a Markdown quote block (`>`),
 * when a YAML value is copied into Markdown. Each is swapped for a bracket of the same length,
 * so the value stays plain text and columns do not move.
 */
function asPlainText(text: string): string {
	return text.replace(/[{<]/g, '(').replace(/[}>]/g, ')');
}

/** Marks the source lines and columns that hold one prose value's text. */
function markValue(
	range: ProseRange,
	yamlLines: readonly string[],
	lines: LineCounter,
	lineOffset: number,
	segments: Map<number, Segment[]>,
) {
	const { start, end, style } = range;
	const first = lines.linePos(start);
	const last = lines.linePos(Math.max(start, end - 1));
	for (let line = first.line; line <= last.line; line++) {
		const sourceLine = yamlLines[line - 1] ?? '';
		// A block scalar's first line is only its `|` or `>` header.
		if (style === 'block' && line === first.line) continue;
		let from = line === first.line ? first.col - 1 : sourceLine.length - sourceLine.trimStart().length;
		// A block scalar's range runs on past its last line break; the line's end is the limit.
		let to = Math.min(line === last.line ? last.col : Infinity, sourceLine.trimEnd().length);
		if (style === 'quoted' && line === first.line) from += 1;
		if (style === 'quoted' && line === last.line) to -= 1;
		if (to <= from) continue;
		const list = segments.get(line + lineOffset) ?? [];
		list.push({ start: from, end: to });
		segments.set(line + lineOffset, list);
	}
}

/**
 * Turns YAML into prose lines: each line that holds a prose value keeps that text, moved to
 * column 0 (indented Markdown would be a code block, which textlint skips); all other lines,
 * keys and ids included, become blank. `lineOffset` is how many lines of the file come before
 * the YAML (1 for frontmatter after its `---`).
 */
function yamlProse(
	yaml: string,
	lineOffset: number,
	skip: ReadonlySet<string>,
): { lines: Map<number, string>; shifts: Map<number, number> } {
	const lineCounter = new LineCounter();
	const yamlLines = yaml.split('\n');
	const segments = new Map<number, Segment[]>();
	for (const range of yamlProseRanges(yaml, skip, lineCounter)) markValue(range, yamlLines, lineCounter, lineOffset, segments);

	const lines = new Map<number, string>();
	const shifts = new Map<number, number>();
	for (const [line, parts] of segments) {
		const source = yamlLines[line - lineOffset - 1] ?? '';
		const from = Math.min(...parts.map((part) => part.start));
		const to = Math.max(...parts.map((part) => part.end));
		// Between two values on one line (`[a, b]`) only the values are prose: the brackets,
		// commas and quotes become spaces, so a quotation mark never seems to quote a word.
		let text = '';
		for (let column = from; column < to; column++) {
			const inside = parts.some((part) => column >= part.start && column < part.end);
			text += inside ? (source[column] ?? ' ') : ' ';
		}
		lines.set(line, asPlainText(text) + (source.endsWith('\r') ? '\r' : ''));
		shifts.set(line, from);
	}
	return { lines, shifts };
}

/**
 * The prose view of a content file. A `.yaml` file becomes its prose values only; an `.mdx`
 * file becomes its frontmatter's prose values followed by its body, unchanged. Values under
 * the keys in `skip` are not prose.
 */
export function proseView(source: string, kind: 'yaml' | 'mdx', skip: ReadonlySet<string> = nonProseKeys): ProseView {
	const sourceLines = source.split('\n');
	let yaml: string;
	let lineOffset: number;
	let yamlLineCount: number;
	if (kind === 'yaml') {
		yaml = source;
		lineOffset = 0;
		yamlLineCount = sourceLines.length;
	} else {
		const frontmatter = splitFrontmatter(source);
		if (!frontmatter) return { text: source, shifts: new Map() };
		yaml = frontmatter.yaml;
		lineOffset = 1;
		yamlLineCount = frontmatter.lineCount;
	}
	const { lines, shifts } = yamlProse(yaml, lineOffset, skip);
	const text = sourceLines
		.map((line, index) => {
			const lineNumber = index + 1;
			if (lineNumber > yamlLineCount) return line;
			return lines.get(lineNumber) ?? (line.endsWith('\r') ? '\r' : '');
		})
		.join('\n');
	return { text, shifts };
}

/** Where a line and column of the prose view (both 1-based, as textlint gives them) are in the file. */
export function sourcePosition(view: ProseView, line: number, column: number): { line: number; column: number } {
	return { line, column: column + (view.shifts.get(line) ?? 0) };
}
