/**
 * The site's vocabulary as plain data: every glossary term with all of its names. The
 * build-time linker, the search query expander, the page synonyms and the terminology lint
 * all read this one shape, so a name added to the glossary reaches all four.
 */
import type { Lang } from '../i18n/languages.ts';
import { localizePath } from '../i18n/routes.ts';

/** A spelling the site does not use, and the form to write instead. */
export interface Variant {
	wrong: string;
	use: string;
}

/** One glossary term with every name it goes by. */
export interface VocabularyTerm {
	/** The glossary entry id, which is also its URL: `/glossary/<id>/`. */
	id: string;
	/** The name the site uses. */
	term: string;
	/** Other correct names, written as the content writes them. */
	aliases: string[];
	/** A short form (CIT, PRP) that must be spelled out at its first use on a page. */
	abbreviation?: string | undefined;
	/** What the abbreviation stands for: the term, or one of the aliases. */
	abbreviationOf?: string | undefined;
	/** The one-sentence plain definition. */
	definition: string;
	/** Spellings that are wrong for this site. */
	variants: Variant[];
	/**
	 * Everyday words and brand names that find the term in search ("Dermapen"). They are never
	 * its names: no page shows or links them, so they are not in `namesOf`.
	 */
	searchNames: string[];
}

/** Every correct name of a term: the term, its aliases, then its abbreviation (never its search names). */
export function namesOf(term: Pick<VocabularyTerm, 'term' | 'aliases' | 'abbreviation'>): string[] {
	const names = [term.term, ...term.aliases, ...(term.abbreviation ? [term.abbreviation] : [])];
	return [...new Map(names.map((name) => [name.toLowerCase(), name])).values()];
}

/** What an abbreviation stands for: the name it abbreviates, which is the term unless set. */
export function expansionOf(term: Pick<VocabularyTerm, 'term' | 'abbreviationOf'>): string {
	return term.abbreviationOf ?? term.term;
}

/**
 * A URL slug for a name: lower case, letters and digits, words joined by hyphens.
 * "Collagen induction therapy" → `collagen-induction-therapy`, "CIT" → `cit`.
 */
export function slugify(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * Every name of a term that gets its own address in `lang`, sending readers on to the term's
 * page: each alias and the abbreviation, and in a translation the term too (`/es/glosario/tic/`,
 * `/es/glosario/micropuncion/` → `/es/glosario/microneedling/`), as slugs, leaving out a slug that
 * is an entry's id. The glossary check (collisions.ts) keeps two names from sharing a slug.
 */
export function aliasRedirects(terms: readonly VocabularyTerm[], lang: Lang): Record<string, string> {
	const ids = new Set(terms.map((term) => term.id));
	const redirects: Record<string, string> = {};
	for (const term of terms) {
		for (const name of namesOf(term)) {
			const slug = slugify(name);
			if (slug && !ids.has(slug)) redirects[localizePath(`/glossary/${slug}/`, lang)] = localizePath(`/glossary/${term.id}/`, lang);
		}
	}
	return redirects;
}
