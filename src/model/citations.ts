/**
 * Pure helpers for citations: the stable anchor of a quote on the "How we know" page, and the
 * data components an MDX body uses, so a page's source list includes the figures it states.
 */
import { visit } from 'unist-util-visit';
import { dataComponentOf } from './data-components.ts';
import { parseBody } from './mdx.ts';

/** A short, stable hash of a text (FNV-1a), for anchors that do not change when others are added. */
function hash(text: string): string {
	let value = 0x811c9dc5;
	for (const char of text) {
		value ^= char.codePointAt(0) ?? 0;
		value = Math.imul(value, 0x01000193) >>> 0;
	}
	return value.toString(36);
}

/** The anchor of one quote on its source's page: a hash of the source's id and the quote's words. */
export function quoteAnchor(sourceId: string, quote: string): string {
	return `q-${hash(`${sourceId} ${quote.replace(/\s+/g, ' ').trim()}`)}`;
}

/** The data components of an MDX body and the ids they name, each once, in order. */
export function dataComponentIds(body: string): { facts: string[]; advice: string[]; warningSigns: boolean } {
	const facts = new Set<string>();
	const advice = new Set<string>();
	let warningSigns = false;
	// YAML entries have no body: nothing to parse.
	if (body === '') return { facts: [], advice: [], warningSigns };
	visit(parseBody(body, { position: false }), (node) => {
		const use = dataComponentOf(node);
		if (use?.component === 'Fact' && use.id) facts.add(use.id);
		else if (use?.component === 'Advice' && use.id) advice.add(use.id);
		else if (use?.component === 'WarningSigns') warningSigns = true;
	});
	return { facts: [...facts], advice: [...advice], warningSigns };
}

/** A source's page on "How we know": its quotes and what each supports. */
export function sourcePath(sourceId: string): string {
	return `/sources/${sourceId}/`;
}

/** The link to one quote: its anchor on its source's page. */
export function quoteHref(sourceId: string, quote: string): string {
	return `${sourcePath(sourceId)}#${quoteAnchor(sourceId, quote)}`;
}
