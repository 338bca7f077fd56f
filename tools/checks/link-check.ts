/**
 * The pure parts of the link check (tools/check-links.ts): which links linkinator fetches from
 * its local server and which it skips, and what its results mean, as `file: reason` problems.
 */
import { posix } from 'node:path';

/** One result as linkinator reports it (its `LinkResult`), with URLs relative to the served folder. */
interface LinkRecord {
	url: string;
	state: 'OK' | 'BROKEN' | 'SKIPPED' | string;
	status?: number;
	parent?: string;
	failureDetails?: unknown[];
}

export interface LinkProblem {
	file: string;
	reason: string;
}

/**
 * Links to the site's own address (canonical and og:url, JSON-LD, embed pages' absolute links)
 * are links to pages in the build: they are rewritten to the local server, so the page and the
 * anchor they name must exist, like any `/path/#id` link.
 */
export function siteRewrite(site: string, localOrigin: string): { pattern: RegExp; replacement: string } {
	const origin = new URL(site).origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return { pattern: new RegExp(`^${origin}(?=[/?#]|$)`), replacement: localOrigin };
}

/**
 * Whether linkinator should skip a link: every web address that is neither the local server nor
 * the site's own address is external, and is never fetched (this machine has no internet).
 * Other schemes (`mailto:`, `tel:`) linkinator skips by itself.
 */
export function isExternal(href: string, localOrigin: string, site: string): boolean {
	let url: URL;
	try {
		url = new URL(href);
	} catch {
		return false;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
	return url.origin !== new URL(localOrigin).origin && url.origin !== new URL(site).origin;
}

/** The built file for a page as linkinator names it: `about/` and `about/index.html` → `dist/about/index.html`. */
export function fileOfPage(page: string | undefined, root: string): string {
	const path = (page ?? '').split(/[?#]/)[0]!.replace(/^\.?\//, '');
	const file = path === '' || path === '.' || path.endsWith('/') ? `${path}index.html` : path;
	return posix.join(root, file);
}

/** A link as a site path: `glossary/#terms` → `/glossary/#terms`; full URLs stay as they are. */
function sitePath(url: string): string {
	return /^[a-z][a-z\d+.-]*:/i.test(url) ? url : `/${url.replace(/^\.?\//, '')}`;
}

const messageOf = (detail: unknown): string | undefined => (detail instanceof Error ? detail.message : undefined);

/** Why a broken result is broken, in words. */
export function brokenReason(record: LinkRecord): string {
	const messages = (record.failureDetails ?? []).map(messageOf).filter((message): message is string => Boolean(message));
	const fragment = messages.map((message) => message.match(/^Fragment identifier '#(.*)' not found on page$/)).find(Boolean);
	const path = sitePath(record.url);
	if (fragment) return `missing anchor: ${path} (no element with id="${fragment[1]}" on ${path.split('#')[0]})`;
	if (record.status === 404) return `broken link: ${path} (404: no such file in the build)`;
	if (record.status) return `broken link: ${path} (HTTP ${record.status})`;
	return `broken link: ${path} (${messages[0] ?? 'not a valid URL or could not be loaded'})`;
}

interface LinkReport {
	problems: LinkProblem[];
	/** Distinct files in the build that links lead to, each fetched once (anchors are checked on them). */
	internalChecked: number;
	/** Problems that are broken links or anchors (the rest are external links not on https). */
	broken: number;
	/** External links seen (not fetched): every occurrence, and distinct addresses. */
	externalLinks: number;
	externalAddresses: number;
	insecure: number;
}

/**
 * Turns linkinator's results into problems, one per page and reason: each broken internal link or
 * anchor, and each external link that is not `https:`.
 */
export function sortLinkResults(records: readonly LinkRecord[], root: string): LinkReport {
	const problems = new Map<string, LinkProblem>();
	const add = (problem: LinkProblem) => problems.set(`${problem.file}\n${problem.reason}`, problem);
	const internal = new Set<string>();
	const external = new Set<string>();
	let externalLinks = 0;
	let broken = 0;
	let insecure = 0;
	for (const record of records) {
		const isWeb = /^https?:\/\//i.test(record.url);
		if (record.state === 'SKIPPED') {
			if (!isWeb) continue;
			externalLinks += 1;
			external.add(record.url);
			if (new URL(record.url).protocol === 'http:') {
				const before = problems.size;
				add({ file: fileOfPage(record.parent, root), reason: `external link is not https: ${record.url}` });
				if (problems.size > before) insecure += 1;
			}
			continue;
		}
		internal.add(fileOfPage(record.url, root));
		if (record.state === 'BROKEN') {
			const before = problems.size;
			add({ file: fileOfPage(record.parent ?? record.url, root), reason: brokenReason(record) });
			if (problems.size > before) broken += 1;
		}
	}
	const sorted = [...problems.values()].sort((a, b) => a.file.localeCompare(b.file) || a.reason.localeCompare(b.reason));
	return { problems: sorted, internalChecked: internal.size, broken, externalLinks, externalAddresses: external.size, insecure };
}
