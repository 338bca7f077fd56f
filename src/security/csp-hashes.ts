/**
 * Astro writes every inline script and style hash of the whole site into each page's CSP
 * `<meta>`. A page needs only the hashes of its own inline elements: keeping just those makes
 * each policy stricter and each page lighter. Hashes are only ever removed, never added, so a
 * page can allow no more than Astro allowed it.
 */
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

const hashPattern = /'sha256-[A-Za-z0-9+/=]+'/g;

/** The `sha256-…` hash of an inline element's text, as a browser computes it and `Astro.csp.insertScriptHash` takes it. */
export function cspHash(text: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The `'sha256-…'` source of an inline element's text, as a policy lists it. */
export function sha256Source(text: string): string {
	return `'${cspHash(text)}'`;
}

/**
 * The page's CSP and the hashes of its inline scripts and styles (scripts with `src` need none).
 * Only tags and their raw text matter here, so the page is tokenized, not built into a tree:
 * every page of the site passes through this.
 */
function readPolicy(html: string): { policy: string | undefined; used: Set<string> } {
	let policy: string | undefined;
	const used = new Set<string>();
	let inline: string | undefined;
	const parser = new Parser({
		onopentag(name, attributes) {
			if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy') policy ??= attributes.content ?? '';
			if (name === 'style' || (name === 'script' && attributes.src === undefined)) inline = '';
		},
		ontext(text) {
			if (inline !== undefined) inline += text;
		},
		onclosetag(name) {
			if (inline === undefined || (name !== 'script' && name !== 'style')) return;
			used.add(sha256Source(inline));
			inline = undefined;
		},
	});
	parser.end(html);
	return { policy, used };
}

/**
 * The page with its CSP `<meta>` keeping only the hashes of its own inline scripts and styles;
 * a page without that `<meta>` is returned as it was.
 */
export function pruneCspHashes(html: string): string {
	const { policy, used } = readPolicy(html);
	if (!policy) return html;
	const pruned = policy
		.replace(hashPattern, (source) => (used.has(source) ? source : ''))
		.replace(/ {2,}/g, ' ')
		.replace(/ ;/g, ';');
	// The attribute is written exactly as Astro wrote it, so the plain string is found as is.
	return html.replace(`content="${policy}"`, `content="${pruned}"`);
}
