/**
 * Every claim the site makes, with what it rests on: the sources it cites (each with the
 * source's own words) or the label "clinic practice". An entry's own citations, a side
 * effect's frequency, a benefit's evidence level, each figure, timing and warning sign are
 * claims. The "How we know" page lists them by source; each page's source list shows the
 * claims on that page. The claims are the same in every language, named in the page's words;
 * the sources' words stay as the sources wrote them.
 */
import type { CollectionEntry } from 'astro:content';
import { dataComponentIds, quoteAnchor } from './citations';
import { entryPath, faqAnswerPath } from '../site/related';
import { isThisNormalId } from './is-this-normal';
import { pagePath } from './page-content';
import type { Citation } from '../schemas/citations';
import type { Lang } from '../i18n/languages';
import { ui } from '../i18n/ui';
import { requiredEntry } from './entries';
import { requiredFactText } from './fact-text';
import { localCollection } from './localized';
import { oncePerLanguage } from './once-per-language';

/** The collections whose entries are shown on pages and cite sources. */
export type ShownCollection =
	'pages' | 'procedure' | 'benefits' | 'sideEffects' | 'suitability' | 'aftercare' | 'faq' | 'glossary' | 'isThisNormal' | 'options';

export type ShownEntry = CollectionEntry<ShownCollection>;

/** A citation as pages use it: the source's id as a plain string. */
export interface CitedQuote {
	sourceId: string;
	quote: string;
	where: string;
}

export interface Claim {
	/** What is claimed, as a reader would name it, in the page's language: "Redness: how often". An entry's own claim is its title. */
	label: string;
	/** An entry's own claim, named by the page it is on rather than by what it states. */
	own: boolean;
	/** Where it is shown: the entry's place, or every place that states the figure. */
	links: { href: string; title: string }[];
	citations: CitedQuote[];
	clinicPractice: boolean;
	/** The entries that show it, as `collection/id`; a page shows the claims of its entries. */
	owners: string[];
}

const key = (entry: { collection: string; id: string }) => `${entry.collection}/${entry.id}`;

const cited = (citations: readonly Citation[] | undefined): CitedQuote[] =>
	(citations ?? []).map((citation) => ({ sourceId: citation.id.id, quote: citation.quote, where: citation.where }));

/** Where an entry is shown (its English address), with the name a link to it would carry; `isThisNormal` is the table's title. */
function linkTo(entry: ShownEntry, isThisNormal: string): { href: string; title: string } {
	switch (entry.collection) {
		case 'pages':
			return { href: pagePath(entry.id), title: entry.data.title };
		case 'faq':
			return { href: faqAnswerPath(entry.data.topic, entry.id), title: entry.data.question };
		case 'glossary':
			return { href: entryPath('glossary', entry.id), title: entry.data.term };
		case 'isThisNormal':
			return { href: `/side-effects/#${isThisNormalId}`, title: `${isThisNormal} ${entry.data.sign}` };
		default:
			return { href: entryPath(entry.collection, entry.id), title: entry.data.title };
	}
}

/** Every claim on the site in `lang`, read once per build: the same claims in every language, in its words. */
export const allClaims = oncePerLanguage(readClaims);

async function readClaims(lang: Lang): Promise<Claim[]> {
	const t = ui(lang);
	const isThisNormal = (await requiredEntry('scales', 'healing', lang)).data.title;
	const entryLink = (entry: ShownEntry) => linkTo(entry, isThisNormal);
	const collections: ShownCollection[] = [
		'pages',
		'procedure',
		'benefits',
		'sideEffects',
		'suitability',
		'aftercare',
		'faq',
		'glossary',
		'isThisNormal',
		'options',
	];
	const entries: ShownEntry[] = (await Promise.all(collections.map((name) => localCollection(name, lang)))).flat();
	const claims: Claim[] = [];
	// Figures, timings and signs are claims of their own, shown by every entry that uses them.
	const users = {
		facts: new Map<string, ShownEntry[]>(),
		advice: new Map<string, ShownEntry[]>(),
		warningSigns: new Map<string, ShownEntry[]>(),
	};
	const use = (kind: keyof typeof users, id: string, entry: ShownEntry) => users[kind].set(id, [...(users[kind].get(id) ?? []), entry]);
	// <WarningSigns /> in a body shows every sign.
	const allSigns = await localCollection('warningSigns', lang);
	const sideEffects = new Map<string, CollectionEntry<'sideEffects'>>();
	// A page that shows an FAQ answer in full shows that answer's claims too.
	const shownAlsoOn = new Map<string, { href: string; title: string }[]>();
	for (const entry of entries) if (entry.collection === 'sideEffects') sideEffects.set(entry.id, entry);

	for (const entry of entries) {
		const link = entryLink(entry);
		claims.push({
			label: link.title,
			own: true,
			links: [link],
			citations: cited(entry.data.sources),
			clinicPractice: false,
			owners: [key(entry)],
		});
		const body = dataComponentIds(entry.body ?? '');
		body.facts.forEach((id) => use('facts', id, entry));
		body.advice.forEach((id) => use('advice', id, entry));
		if (body.warningSigns) allSigns.forEach((sign) => use('warningSigns', sign.id, entry));
		switch (entry.collection) {
			case 'sideEffects': {
				if (entry.data.typicalDuration) use('facts', entry.data.typicalDuration.id, entry);
				entry.data.warningSigns.forEach((sign) => use('warningSigns', sign.id, entry));
				break;
			}
			case 'benefits': {
				use('facts', entry.data.timeToResults.id, entry);
				claims.push(evidenceClaim(entry.data.title, entry.data.evidence, t.scales.evidence, link, entry));
				break;
			}
			case 'options': {
				if (entry.data.sessions.fact) use('facts', entry.data.sessions.fact.id, entry);
				// An option that is no treatment has no evidence to rate, so no claim about it.
				if (entry.data.kind === 'treatment')
					claims.push(evidenceClaim(entry.data.title, entry.data.evidence, t.scales.evidence, link, entry));
				break;
			}
			case 'suitability':
			case 'isThisNormal': {
				// The entry is one claim: its sources are the claim's, or it is clinic practice.
				const own = claims.at(-1)!;
				own.clinicPractice = entry.data.basis !== undefined;
				if (entry.collection === 'isThisNormal') use('warningSigns', entry.data.otherwise.id, entry);
				break;
			}
			case 'aftercare':
				for (const step of entry.data.steps) {
					if (step.timing) use('advice', step.timing.id, entry);
					step.warningSigns?.forEach((sign) => use('warningSigns', sign.id, entry));
				}
				break;
			case 'pages':
				entry.data.warningSigns?.forEach((sign) => use('warningSigns', sign.id, entry));
				for (const answer of entry.data.showsAnswers ?? [])
					shownAlsoOn.set(`faq/${answer.id}`, [...(shownAlsoOn.get(`faq/${answer.id}`) ?? []), entryLink(entry)]);
				break;
			default:
				break;
		}
	}

	// A side effect's frequency is shown on its card and on the glossary page of the term that names it.
	const frequencyOwners = new Map<string, ShownEntry[]>();
	for (const entry of entries) {
		if (entry.collection === 'glossary' && entry.data.sideEffect) {
			frequencyOwners.set(entry.data.sideEffect.id, [...(frequencyOwners.get(entry.data.sideEffect.id) ?? []), entry]);
		}
	}
	for (const effect of sideEffects.values()) {
		const shownBy = [effect, ...(frequencyOwners.get(effect.id) ?? [])];
		claims.push({
			label: t.sources.claims.howOften(effect.data.title, t.scales.frequency[effect.data.frequency.level]),
			own: false,
			links: shownBy.map(entryLink),
			citations: cited(effect.data.frequency.sources),
			clinicPractice: false,
			owners: shownBy.map(key),
		});
	}

	const shared = async <C extends 'facts' | 'advice' | 'warningSigns'>(collection: C, label: (entry: CollectionEntry<C>) => string) => {
		for (const entry of await localCollection(collection, lang)) {
			const shownBy = users[collection].get(entry.id) ?? [];
			if (shownBy.length === 0) continue;
			const data = entry.data as { sources?: Citation[]; basis?: string };
			claims.push({
				label: label(entry),
				own: false,
				links: uniqueLinks(shownBy.map(entryLink)),
				citations: cited(data.sources),
				clinicPractice: data.basis !== undefined,
				owners: shownBy.map(key),
			});
		}
	};
	await shared('facts', (fact) => `${fact.data.label}: ${requiredFactText(fact.id, lang)}`);
	await shared('advice', (advice) => t.sources.claims.restart(advice.data.activity));
	await shared('warningSigns', (sign) => t.sources.claims.warningSign(sign.data.sign));
	for (const claim of claims) claim.links = uniqueLinks([...claim.links, ...claim.owners.flatMap((owner) => shownAlsoOn.get(owner) ?? [])]);
	return claims;
}

/** A benefit's or an option's evidence level, named by `levels` in the page's language, as a claim of its own with the sources that show it. */
function evidenceClaim<Level extends string>(
	title: string,
	evidence: { level: Level; sources: readonly Citation[] },
	levels: Record<Level, string>,
	link: { href: string; title: string },
	entry: ShownEntry,
): Claim {
	return {
		label: `${title}: ${levels[evidence.level].toLowerCase()}`,
		own: false,
		links: [link],
		citations: cited(evidence.sources),
		clinicPractice: false,
		owners: [key(entry)],
	};
}

function uniqueLinks(links: { href: string; title: string }[]) {
	return [...new Map(links.map((link) => [link.href, link])).values()];
}

/** Where each entry's claims are in `allClaims`, so a page finds its own without reading every claim. */
const claimsByOwner = oncePerLanguage(async (lang: Lang): Promise<Map<string, number[]>> => {
	const index = new Map<string, number[]>();
	(await allClaims(lang)).forEach((claim, position) => {
		for (const owner of new Set(claim.owners)) {
			const positions = index.get(owner) ?? [];
			positions.push(position);
			index.set(owner, positions);
		}
	});
	return index;
});

/** The claims shown by some entries (a page's own entry and the entries it shows), in `lang`, in the order of `allClaims`. */
export async function claimsOf(entries: readonly { collection: string; id: string }[], lang: Lang): Promise<Claim[]> {
	const index = await claimsByOwner(lang);
	const claims = await allClaims(lang);
	const positions = new Set(entries.flatMap((entry) => index.get(key(entry)) ?? []));
	return [...positions].sort((a, b) => a - b).map((position) => claims[position]!);
}

/** One quote of a source, with every claim that cites it. */
interface SourceQuote {
	quote: string;
	where: string;
	anchor: string;
	claims: Claim[];
}

/** A source's quotes as the site uses them, each once, with the claims each supports, named in `lang`. */
export async function quotesOf(sourceId: string, lang: Lang): Promise<SourceQuote[]> {
	const quotes = new Map<string, SourceQuote>();
	for (const claim of await allClaims(lang)) {
		for (const citation of claim.citations.filter((candidate) => candidate.sourceId === sourceId)) {
			const anchor = quoteAnchor(sourceId, citation.quote);
			const entry = quotes.get(anchor) ?? { quote: citation.quote, where: citation.where, anchor, claims: [] };
			if (!entry.claims.includes(claim)) entry.claims.push(claim);
			quotes.set(anchor, entry);
		}
	}
	return [...quotes.values()];
}
