/**
 * The speculation rules every page carries (`<script type="speculationrules">`, JSON that no
 * script runs): a link to another of our pages that the reader rests the pointer on, or starts
 * to press, is fetched ahead, so the page is there when the click comes. Browsers without
 * speculation rules ignore the element. Prefetch only fetches the HTML, as the click would.
 * Left out: files (feeds, the sitemap, the embed loader), short links, which only redirect, the
 * framed embeds, and the page itself (its header link, the skip link, its own parts).
 */
import { shortLinkPrefix } from '../aftercare-links/short-links.ts';
import { type Lang, languages } from '../i18n/languages.ts';
import { localizePath } from '../i18n/routes.ts';

/** Addresses no page fetches ahead, as URL patterns on our own origin; each edition has its short links. */
const notFetchedAhead = [
	'/*.*',
	...(Object.keys(languages) as Lang[]).map((lang) => `${localizePath(shortLinkPrefix, lang)}*`),
	'/embed/*',
];

/** A path as a URL pattern that matches only itself (with any query or fragment). */
const literal = (path: string) => path.replace(/[\\:*?+(){}]/g, '\\$&');

/** The rules for the page at `path`, as compact JSON: every page carries them. */
export function speculationRules(path: string): string {
	return JSON.stringify({
		prefetch: [
			{
				where: { and: [{ href_matches: '/*' }, { not: { href_matches: [...notFetchedAhead, literal(path)] } }] },
				eagerness: 'moderate',
			},
		],
	});
}
