import { z } from 'astro/zod';
import { type Lang, sourceLang } from '../i18n/languages';
import { entryReference, orderSchema, reviewDates, strictObject, textSchema, withReviewOrder } from './common';

/** The words of a "More help" link, in `lang`; a translation restates these and nothing else. */
export function moreHelpText(lang: Lang) {
	return {
		title: textSchema('title', 'the link text: what the reader can do there, for example "Find a board-certified dermatologist".', lang),
		text: textSchema('text', 'one short plain sentence: who runs it or what else to do.', lang).optional(),
	};
}

/**
 * One place to get more help, shown in the "More help" box on every section page: where to find
 * a dermatologist, check a license, report a problem or read more. A link to a source the site
 * cites names the source, so its address is written once.
 */
export function moreHelpSchema() {
	return withReviewOrder(
		strictObject({
			...moreHelpText(sourceLang),
			order: orderSchema(),
			url: z.url({ protocol: /^https$/, error: 'Write `url` as a full web address starting with https://.' }).optional(),
			source: entryReference('sources').optional(),
			...reviewDates(),
		}),
	).refine((data) => (data.url === undefined) !== (data.source === undefined), {
		error: 'Give exactly one of `url` (the address) and `source` (the id of a source in content/sources.yaml, whose address is used).',
		path: ['url'],
	});
}
