/**
 * Every claim the site makes, with what it rests on: the sources it cites (each with the
 * source's own words) or the label "clinic practice". An entry's own citations, a side
 * effect's frequency, a benefit's evidence level, each figure, timing and warning sign are
 * claims. The "How we know" page lists them by source; each page's source list shows the
 * claims on that page.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { dataComponentIds, quoteAnchor } from './citations';
import { entryPath, faqAnswerPath } from '../site/related';
import { isThisNormalId } from './is-this-normal';
import { pagePath } from './page-content';
import { sectionLabel } from '../site/sections';
import type { Citation } from '../schemas/citations';
import { evidenceLevels, frequencies } from '../schemas/scales';
import { sourceLang } from '../i18n/languages';
import { requiredFactText } from './fact-text';

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
	/** What is claimed, as a reader would name it: "Redness: how often". An entry's own claim is its title. */
	label: string;
	/** For an entry's own claim, the section that shows it ("Side effects"). */
	section?: string;
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

/** Where an entry is shown, with the name a link to it would carry. */
function entryLink(entry: ShownEntry): { href: string; title: string } {
	switch (entry.collection) {
		case 'pages':
			return { href: pagePath(entry.id), title: entry.data.title };
		case 'faq':
			return { href: faqAnswerPath(entry.data.topic, entry.id), title: entry.data.question };
		case 'glossary':
			return { href: entryPath('glossary', entry.id), title: entry.data.term };
		case 'isThisNormal':
			return { href: `/side-effects/#${isThisNormalId}`, title: `Is this normal? ${entry.data.sign}` };
		default:
			return { href: entryPath(entry.collection, entry.id), title: entry.data.title };
	}
}

let cache: Promise<Claim[]> | undefined;

/** Every claim on the site, read once per build. */
export function allClaims(): Promise<Claim[]> {
	cache ??= readClaims();
	return cache;
}

async function readClaims(): Promise<Claim[]> {
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
	const entries: ShownEntry[] = (await Promise.all(collections.map((name) => getCollection(name)))).flat();
	const claims: Claim[] = [];
	// Figures, timings and signs are claims of their own, shown by every entry that uses them.
	const users = {
		facts: new Map<string, ShownEntry[]>(),
		advice: new Map<string, ShownEntry[]>(),
		warningSigns: new Map<string, ShownEntry[]>(),
	};
	const use = (kind: keyof typeof users, id: string, entry: ShownEntry) => users[kind].set(id, [...(users[kind].get(id) ?? []), entry]);
	// <WarningSigns /> in a body shows every sign.
	const allSigns = await getCollection('warningSigns');
	const sideEffects = new Map<string, CollectionEntry<'sideEffects'>>();
	// A page that shows an FAQ answer in full shows that answer's claims too.
	const shownAlsoOn = new Map<string, { href: string; title: string }[]>();
	for (const entry of entries) if (entry.collection === 'sideEffects') sideEffects.set(entry.id, entry);

	for (const entry of entries) {
		const link = entryLink(entry);
		const section = sectionLabel(new URL(link.href, 'https://x/').pathname);
		claims.push({
			label: link.title,
			section,
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
				claims.push(evidenceClaim(entry.data.title, entry.data.evidence, link, entry));
				break;
			}
			case 'options': {
				if (entry.data.sessions.fact) use('facts', entry.data.sessions.fact.id, entry);
				// An option that is no treatment has no evidence to rate, so no claim about it.
				if (entry.data.kind === 'treatment') claims.push(evidenceClaim(entry.data.title, entry.data.evidence, link, entry));
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
			label: `${effect.data.title}: how often (${frequencies[effect.data.frequency.level].toLowerCase()})`,
			links: shownBy.map(entryLink),
			citations: cited(effect.data.frequency.sources),
			clinicPractice: false,
			owners: shownBy.map(key),
		});
	}

	const shared = async <C extends 'facts' | 'advice' | 'warningSigns'>(collection: C, label: (entry: CollectionEntry<C>) => string) => {
		for (const entry of await getCollection(collection)) {
			const shownBy = users[collection].get(entry.id) ?? [];
			if (shownBy.length === 0) continue;
			const data = entry.data as { sources?: Citation[]; basis?: string };
			claims.push({
				label: label(entry),
				links: uniqueLinks(shownBy.map(entryLink)),
				citations: cited(data.sources),
				clinicPractice: data.basis !== undefined,
				owners: shownBy.map(key),
			});
		}
	};
	await shared('facts', (fact) => `${fact.data.label}: ${requiredFactText(fact.id, sourceLang)}`);
	await shared('advice', (advice) => `When to start again: ${advice.data.activity.toLowerCase()}`);
	await shared('warningSigns', (sign) => `Warning sign: ${sign.data.sign.charAt(0).toLowerCase()}${sign.data.sign.slice(1)}`);
	for (const claim of claims) claim.links = uniqueLinks([...claim.links, ...claim.owners.flatMap((owner) => shownAlsoOn.get(owner) ?? [])]);
	return claims;
}

/** A benefit's or an option's evidence level, as a claim of its own with the sources that show it. */
function evidenceClaim(
	title: string,
	evidence: { level: keyof typeof evidenceLevels; sources: readonly Citation[] },
	link: { href: string; title: string },
	entry: ShownEntry,
): Claim {
	return {
		label: `${title}: ${evidenceLevels[evidence.level].toLowerCase()}`,
		links: [link],
		citations: cited(evidence.sources),
		clinicPractice: false,
		owners: [key(entry)],
	};
}

function uniqueLinks(links: { href: string; title: string }[]) {
	return [...new Map(links.map((link) => [link.href, link])).values()];
}

let byOwner: Promise<Map<string, number[]>> | undefined;

/** Where each entry's claims are in `allClaims`, so a page finds its own without reading every claim. */
async function claimsByOwner(): Promise<Map<string, number[]>> {
	const index = new Map<string, number[]>();
	(await allClaims()).forEach((claim, position) => {
		for (const owner of new Set(claim.owners)) {
			const positions = index.get(owner) ?? [];
			positions.push(position);
			index.set(owner, positions);
		}
	});
	return index;
}

/** The claims shown by some entries (a page's own entry and the entries it shows), in the order of `allClaims`. */
export async function claimsOf(entries: readonly { collection: string; id: string }[]): Promise<Claim[]> {
	byOwner ??= claimsByOwner();
	const index = await byOwner;
	const claims = await allClaims();
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

/** A source's quotes as the site uses them, each once, with the claims each supports. */
export async function quotesOf(sourceId: string): Promise<SourceQuote[]> {
	const quotes = new Map<string, SourceQuote>();
	for (const claim of await allClaims()) {
		for (const citation of claim.citations.filter((candidate) => candidate.sourceId === sourceId)) {
			const anchor = quoteAnchor(sourceId, citation.quote);
			const entry = quotes.get(anchor) ?? { quote: citation.quote, where: citation.where, anchor, claims: [] };
			if (!entry.claims.includes(claim)) entry.claims.push(claim);
			quotes.set(anchor, entry);
		}
	}
	return [...quotes.values()];
}
