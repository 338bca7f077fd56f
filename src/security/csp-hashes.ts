/**
 * Astro writes every inline script and style hash of the whole site into each page's CSP
 * `<meta>`. A page needs only the hashes of its own inline elements: keeping just those makes
 * each policy stricter and each page lighter. Hashes are only ever removed, never added, so a
 * page can allow no more than Astro allowed it.
 */
import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

const hashPattern = /'sha256-[A-Za-z0-9+/=]+'/g;

/** The `sha256-…` hash of an inline element's text, as a browser computes it and `Astro.csp.insertScriptHash` takes it. */
export function cspHash(text: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The `'sha256-…'` source of an inline element's text, as a policy lists it. */
export function sha256Source(text: string): string {
	return `'${cspHash(text)}'`;
}

/** The hashes of the page's inline scripts and styles (scripts with `src` need none). */
function inlineHashes(tree: Root): Set<string> {
	const inline = selectAll('script:not([src]), style', tree) as Element[];
	return new Set(inline.map((element) => sha256Source(toString(element))));
}

/**
 * The page with its CSP `<meta>` keeping only the hashes of its own inline scripts and styles;
 * a page without that `<meta>` is returned as it was.
 */
export function pruneCspHashes(html: string): string {
	const tree = fromHtml(html);
	const meta = selectAll('meta[http-equiv]', tree).find(
		(element) => String(element.properties.httpEquiv).toLowerCase() === 'content-security-policy',
	);
	const policy = meta && String(meta.properties.content ?? '');
	if (!policy) return html;
	const used = inlineHashes(tree);
	const pruned = policy
		.replace(hashPattern, (source) => (used.has(source) ? source : ''))
		.replace(/ {2,}/g, ' ')
		.replace(/ ;/g, ';');
	// The attribute is written exactly as Astro wrote it, so the plain string is found as is.
	return html.replace(`content="${policy}"`, `content="${pruned}"`);
}
