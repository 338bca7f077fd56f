/**
 * Aftercare as pages show it: the phases in page order, and the page's `HowTo` JSON-LD, where
 * every phase and step links to its anchor on /aftercare/ (the same ids clinics link to).
 */
import type { CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/languages';
import { localizePath } from '../i18n/routes';
import { localCollection } from './localized';
import type { HowTo, WithContext } from 'schema-dts';
import { byOrder } from './order';
import { combinedReview } from './review';
import { aftercarePath } from '../aftercare-links/short-links';
import { howTo } from '../seo/json-ld';
import { canonicalUrl } from '../seo/meta';
import { requiredEntry } from './entries';

/**
 * What every aftercare sheet shows besides its phases: the aftercare `pages` entry, the warning
 * signs the printed sheet ends with, and the review dates of the page and the phases shown.
 * Stops the build, naming the file, when the signs are missing.
 */
export async function aftercareSheet(phases: readonly CollectionEntry<'aftercare'>[], lang: Lang) {
	const page = await requiredEntry('pages', 'aftercare', lang);
	const warningSigns = page.data.warningSigns;
	if (!warningSigns)
		throw new Error(
			'content/pages/aftercare.mdx → warningSigns: add the ids of the signs the printed sheet ends with, from content/warning-signs.yaml.',
		);
	return { page, warningSigns, review: combinedReview([page.data, ...phases.map((phase) => phase.data)]) };
}

/** The aftercare phases in page order (by `order`), each with its steps in file order, in `lang`. */
export async function aftercarePhases(lang: Lang): Promise<CollectionEntry<'aftercare'>[]> {
	return (await localCollection('aftercare', lang)).sort(byOrder);
}

/**
 * The aftercare page's `HowTo` JSON-LD: named and described by its `pages` entry, one
 * `HowToSection` per phase and one `HowToStep` per step, each with the URL of its anchor
 * (`<site>/aftercare/#<id>`). A step's name is its instruction; its reason stays on the page.
 * Pass it to `ContentPage`'s `jsonLd`: `jsonLd={[await aftercareHowTo(Astro.site!)]}`.
 */
export async function aftercareHowTo(site: URL | string, lang: Lang): Promise<WithContext<HowTo>> {
	const page = await requiredEntry('pages', 'aftercare', lang);
	const url = canonicalUrl(localizePath(aftercarePath, lang), site);
	const phases = await aftercarePhases(lang);
	return howTo({
		lang,
		url,
		name: page.data.title,
		description: page.data.summary,
		sections: phases.map((phase) => ({
			name: phase.data.title,
			url: `${url}#${phase.id}`,
			steps: phase.data.steps.map((step) => ({
				name: step.text,
				url: `${url}#${step.id}`,
			})),
		})),
	});
}
