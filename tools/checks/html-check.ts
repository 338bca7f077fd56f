/**
 * The pure parts of the HTML validity check (tools/check-html.ts): which files are pages, what
 * the Nu HTML Checker's JSON says, and which of its messages are the checker's gaps, not our errors.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One message of `vnu --format json` (https://github.com/validator/validator/wiki/Output-»-JSON). */
export interface VnuMessage {
	type: 'error' | 'info' | 'non-document-error' | string;
	subType?: string;
	url?: string;
	message: string;
	lastLine?: number;
	firstColumn?: number;
	lastColumn?: number;
	extract?: string;
}

/** A problem to report: the file (relative to the working directory), where in it, and why. */
export interface HtmlProblem {
	file: string;
	line?: number;
	column?: number;
	reason: string;
}

/** Every built HTML page under `dir`, sorted; Pagefind's folder holds its index, not pages. */
export function builtPages(dir: string): string[] {
	const pages: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'pagefind') walk(path);
			} else if (entry.name.endsWith('.html')) pages.push(path);
		}
	};
	walk(dir);
	return pages.sort();
}

/**
 * The messages from vnu's JSON report (`{"version":…,"messages":[…]}`), read from its first `{`
 * in case anything came before it. Throws, with the start of what vnu said, when there is none.
 */
export function parseVnuJson(output: string): VnuMessage[] {
	const start = output.indexOf('{');
	try {
		if (start === -1) throw new Error('no JSON');
		const report = JSON.parse(output.slice(start)) as { messages?: unknown };
		if (!Array.isArray(report.messages)) throw new Error('no messages');
		return report.messages as VnuMessage[];
	} catch {
		const said = output.trim().slice(0, 2000) || '(nothing)';
		throw new Error(`the HTML checker gave no JSON report. It said: ${said}`);
	}
}

/**
 * Modern CSS that vnu's CSS checker (an old CSS 2.1/3 validator) does not know, and that
 * Tailwind 4 writes into every page's inlined stylesheet. Browsers support these; the checker
 * calls them errors. Only messages that start with "CSS:" and match one of these are dropped;
 * any other CSS message is still an error. Add a feature here only with its reason.
 */
const cssCheckerGaps: readonly { feature: string; pattern: RegExp; why: string }[] = [
	{
		feature: '@property',
		pattern: /^CSS: Unrecognized at-rule “@property”/,
		why: 'CSS Properties and Values API: Tailwind registers its --tw-* custom properties with it',
	},
	{
		feature: '@container',
		pattern: /^CSS: Unrecognized at-rule “@container”/,
		why: 'CSS container queries (Tailwind’s @container variants)',
	},
	{
		feature: 'container-type',
		pattern: /^CSS: “container-type”: Property “container-type” doesn't exist\./,
		why: 'CSS container queries: the property that makes an element a container',
	},
	{
		feature: 'margin-trim',
		pattern: /^CSS: “margin-trim”: Property “margin-trim” doesn't exist\./,
		why: 'CSS Box Model 4: Tailwind tests for it inside @supports',
	},
];

/** Why a message is set aside, or `undefined` when it is an error to report. */
export function setAsideReason(message: VnuMessage): string | undefined {
	if (message.type !== 'error') return message.type === 'info' ? 'not an error' : undefined;
	if (message.message.startsWith('CSS:')) {
		const gap = cssCheckerGaps.find(({ pattern }) => pattern.test(message.message));
		return gap ? `CSS checker gap: ${gap.feature}` : undefined;
	}
	return undefined;
}

/** A `file:` URL from vnu as a path relative to `cwd` (`dist/about/index.html`). */
export function fileOfMessage(url: string | undefined, cwd: string): string {
	if (!url) return '(no file)';
	const path = url.startsWith('file:') ? fileURLToPath(url) : url;
	return relative(cwd, path).split(sep).join('/');
}

/** Sorts vnu's messages into problems to report and counts of those set aside, by reason. */
export function sortMessages(messages: readonly VnuMessage[], cwd: string): { problems: HtmlProblem[]; setAside: Map<string, number> } {
	const problems: HtmlProblem[] = [];
	const setAside = new Map<string, number>();
	for (const message of messages) {
		const reason = setAsideReason(message);
		if (reason) {
			setAside.set(reason, (setAside.get(reason) ?? 0) + 1);
			continue;
		}
		problems.push({
			file: fileOfMessage(message.url, cwd),
			line: message.lastLine,
			column: message.firstColumn ?? message.lastColumn,
			reason: message.type === 'error' ? message.message : `${message.type}: ${message.message}`,
		});
	}
	return { problems, setAside };
}

/** `dist/x/index.html:12:40: reason` */
export function formatProblem({ file, line, column, reason }: HtmlProblem): string {
	const where = line === undefined ? '' : column === undefined ? `:${line}` : `:${line}:${column}`;
	return `${file}${where}: ${reason}`;
}
