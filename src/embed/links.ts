/**
 * Links in HTML that is shown on other sites (an embed in a clinic's frame, a feed answer) must
 * lead to our pages, not to the clinic's: relative addresses become absolute on our site.
 */
import { escapeAttribute } from './snippet';

/** An address resolved against the site, or undefined when it is not an `https:` (or our own) URL. */
export function absoluteHref(href: string, site: URL | string): string | undefined {
	let url: URL;
	try {
		url = new URL(href, site);
	} catch {
		return undefined;
	}
	const own = url.origin === new URL(site).origin;
	return url.protocol === 'https:' || own ? url.href : undefined;
}

const decodeAttribute = (value: string) =>
	value.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/**
 * Rewrites every `<a>` in our own rendered HTML to open outside the frame: an absolute `href`
 * (one that cannot be resolved is removed), `target="_blank"` and `rel="noopener"`. A link left
 * without an `href` (a placeholder the page's script may fill in) gets neither: HTML allows
 * `target` and `rel` only on a link with an address. It reads the markup Astro writes
 * (double-quoted attributes), not arbitrary HTML.
 */
export function externalLinks(html: string, site: URL | string): string {
	return html.replace(/<a(\s[^>]*)?>/g, (_tag, attributes: string | undefined = '') => {
		let hasHref = false;
		const rest = attributes.replace(/\s(?:target|rel)="[^"]*"/g, '').replace(/\shref="([^"]*)"/, (_match, href: string) => {
			const absolute = absoluteHref(decodeAttribute(href), site);
			hasHref = absolute !== undefined;
			return absolute ? ` href="${escapeAttribute(absolute)}"` : '';
		});
		return hasHref ? `<a${rest} target="_blank" rel="noopener">` : `<a${rest}>`;
	});
}
