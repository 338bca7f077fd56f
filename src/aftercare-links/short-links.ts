/**
 * Short links to aftercare that clinic staff can send or type: `/a/` is the aftercare page and
 * `/a/<id>/` lands on that phase or step (`/aftercare/#<id>`); each edition has its own
 * (`/es/a/<id>/` → `/es/cuidados-posteriores/#<id>`), since ids are shared. An id listed as
 * removed in `content/aftercare/published-ids.json` keeps its short link, which lands on the id
 * it now points to. They are static redirects (Astro `redirects` in astro.config.mjs), which run
 * before content collections exist, so the aftercare files are read here directly.
 */
import { type Lang, languages, sourceLang } from '../i18n/languages.ts';
import { localizePath } from '../i18n/routes.ts';
import { contentDir, readRawEntries } from '../model/files.ts';
import type { PublishedIds } from './published-ids.ts';

/** Where every short link starts. */
export const shortLinkPrefix = '/a/';

/** The page the short links land on. */
export const aftercarePath = '/aftercare/';

/** A phase as the short links need it: its id and its steps' ids, in page order. */
interface PhaseAnchors {
	id: string;
	steps: readonly { id: string }[];
}

/** The short link for an id in a language: `avoid-sun` → `/a/avoid-sun/`, `/es/a/avoid-sun/`. */
export function shortLinkOf(id: string, lang: Lang = sourceLang): string {
	return localizePath(`${shortLinkPrefix}${id}/`, lang);
}

/**
 * The redirects, source → destination, in every language: `/a/` → `/aftercare/`, `/a/<id>/` →
 * `/aftercare/#<id>` for every phase and step, and `/a/<old-id>/` → `/aftercare/#<new-id>` for
 * every removed id; the same under `/es/a/`, landing on the Spanish aftercare page.
 */
export function shortLinkRedirects(phases: readonly PhaseAnchors[], record: Pick<PublishedIds, 'removed'>): Record<string, string> {
	const redirects: Record<string, string> = {};
	for (const lang of Object.keys(languages) as Lang[]) {
		const page = localizePath(aftercarePath, lang);
		redirects[localizePath(shortLinkPrefix, lang)] = page;
		for (const phase of phases) {
			for (const id of [phase.id, ...phase.steps.map((step) => step.id)]) redirects[shortLinkOf(id, lang)] = `${page}#${id}`;
		}
		for (const [from, to] of Object.entries(record.removed)) redirects[shortLinkOf(from, lang)] ??= `${page}#${to}`;
	}
	return redirects;
}

/**
 * Reads the phase and step ids straight from `content/aftercare/*.yaml`, in page order (by
 * `order`, then file name). Only the ids are read; the collection's schema validates the files
 * and stops the build with a full message when one is wrong.
 */
export function readAftercareAnchors(root = contentDir()): PhaseAnchors[] {
	return readRawEntries('aftercare', root)
		.map(({ id, data }) => {
			const steps = Array.isArray(data.steps) ? data.steps : [];
			return {
				id,
				order: typeof data.order === 'number' ? data.order : 0,
				steps: steps.flatMap((step) => (step && typeof step.id === 'string' ? [{ id: step.id as string }] : [])),
			};
		})
		.sort((a, b) => a.order - b.order)
		.map(({ id, steps }) => ({ id, steps }));
}
