import { type Host, patternMatches } from './header-rules.ts';

/** Embeddable pages are in a folder of this name (`/embed/faq/`, an edition's `/es/embed/faq/`): any site may frame them. */
const embedFolder = '/embed/';

const refuseFraming = "  Content-Security-Policy: frame-ancestors 'none'\n  X-Frame-Options: DENY\n";
const allowFraming = '  Content-Security-Policy: frame-ancestors *\n';

const hosts: readonly Host[] = ['netlify', 'cloudflare'];

/** The path a built HTML file is served at: `/faq/index.html` → `/faq/`, `/404.html` as it is. */
export function servedPath(file: string): string {
	return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

interface Folder {
	path: string;
	/** Whether `path` is itself a page. */
	isPage: boolean;
	children: Map<string, Folder>;
}

/** The pages as a tree of folders: `/faq/safety/` is the child `safety/` of `/faq/`. */
function folderTree(pages: readonly string[]): Folder {
	const root: Folder = { path: '/', isPage: false, children: new Map() };
	for (const page of pages) {
		let folder = root;
		for (const part of page.match(/[^/]+\/?/g) ?? []) {
			const path = `${folder.path}${part}`;
			if (!folder.children.has(part)) folder.children.set(part, { path, isPage: false, children: new Map() });
			folder = folder.children.get(part)!;
		}
		folder.isPage = true;
	}
	return root;
}

/**
 * The framing rules for `_headers`: embed pages may be framed by any site, every other page by
 * none. Both hosts apply every rule that matches a path, and a page given both policies obeys
 * both, so no path may match two framing rules. A folder whose pages all take one policy gets one
 * rule, `/folder/*`, unless that pattern would also match (as either host reads it) a path outside
 * the folder among `pages` and `files`; otherwise its own page gets an exact rule and its
 * subfolders are taken one by one. The count grows with the site's sections, not its pages.
 */
export function framingRules(pages: readonly string[], files: readonly string[] = []): string {
	const paths = [...new Set(pages)].sort();
	const known = [...new Set([...paths, ...files])];
	const policy = (path: string) => (path.includes(embedFolder) ? allowFraming : refuseFraming);
	const rules: string[] = [];
	const cover = (folder: Folder) => {
		const inside = paths.filter((path) => path.startsWith(folder.path));
		const pattern = `${folder.path}*`;
		const onePolicy = new Set(inside.map(policy)).size === 1;
		const strays = known.filter((path) => !path.startsWith(folder.path) && hosts.some((host) => patternMatches(pattern, path, host)));
		if (folder.path !== '/' && folder.path.endsWith('/') && onePolicy && strays.length === 0) {
			rules.push(`${pattern}\n${policy(folder.path)}`);
			return;
		}
		if (folder.isPage) rules.push(`${folder.path}\n${policy(folder.path)}`);
		for (const child of [...folder.children.values()].sort((a, b) => a.path.localeCompare(b.path))) cover(child);
	};
	cover(folderTree(paths));
	return rules.join('');
}

/** The number of rules in a `_headers` file: its path lines. */
export function ruleCount(headers: string): number {
	return headers.split('\n').filter((line) => line.startsWith('/')).length;
}

/** Cloudflare Pages applies at most this many `_headers` rules and ignores the rest. */
export const maxHeaderRules = 100;

/**
 * The `_headers` file: the hand-written rules of `public/_headers`, then the framing rules for
 * every HTML file among `files` (URL paths of everything built) except the redirect pages, which
 * hosts that read `_headers` answer from `_redirects`. Throws when the file would have more rules
 * than Cloudflare Pages applies.
 */
export function headersFile(handWritten: string, files: readonly string[], isRedirect: (path: string) => boolean): string {
	const pages = files
		.filter((file) => file.endsWith('.html'))
		.map(servedPath)
		.filter((path) => !isRedirect(path));
	const text = `${handWritten.trimEnd()}\n\n# Framing, by folder (written by the build, src/hosting/headers.ts).\n${framingRules(pages, files)}`;
	const count = ruleCount(text);
	if (count > maxHeaderRules) {
		throw new Error(
			`_headers has ${count} rules; Cloudflare Pages applies only the first ${maxHeaderRules}. Fewer folders that mix embeds and other pages, or fewer hand-written rules, bring it back.`,
		);
	}
	return text;
}
