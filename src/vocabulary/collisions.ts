/**
 * Names two glossary entries both claim. Every name of a term must point at one term only, or a
 * mention, an alias page and a search would not know which entry they mean.
 */
import { type Claim, type ContentProblem, collisions, normalizeName } from '../model/integrity.ts';
import { slugify } from './terms.ts';

/** How a name's field reads in a message: `aliases[1]` → "an alias". */
function describeNameField(field: string): string {
	if (field === 'term') return 'the term';
	if (field === 'abbreviation') return 'the abbreviation';
	return 'an alias';
}

/** A glossary entry as the vocabulary check sees it. */
interface VocabularyEntry {
	/** The entry's id, which is its page's address: `/glossary/<id>/`. */
	id: string;
	file: string;
	term: string;
	aliases: string[];
	abbreviation?: string | undefined;
	variants: { wrong: string; use: string }[];
	searchNames?: string[] | undefined;
}

/**
 * Finds names that two glossary entries both claim: a term, alias or abbreviation that is
 * also another entry's term, alias or abbreviation, a wrong spelling listed twice or listed
 * as wrong although another entry uses it as a name, and a search name that two entries list
 * or that is another entry's name or wrong spelling. An entry may repeat its own names and
 * wrong spellings as search names ("dermaroller" for derma roller).
 */
export function findVocabularyCollisions(entries: VocabularyEntry[]): ContentProblem[] {
	const names: Claim[] = entries.flatMap((entry) => [
		{ file: entry.file, field: 'term', name: entry.term, owner: entry.file },
		...entry.aliases.map((alias, index) => ({
			file: entry.file,
			field: `aliases[${index}]`,
			name: alias,
			owner: entry.file,
		})),
		...(entry.abbreviation ? [{ file: entry.file, field: 'abbreviation', name: entry.abbreviation, owner: entry.file }] : []),
	]);
	const variants: Claim[] = entries.flatMap((entry) =>
		entry.variants.map((variant, index) => ({
			file: entry.file,
			field: `variants[${index}].wrong`,
			name: variant.wrong,
			owner: entry.file,
		})),
	);
	const nameProblems = collisions(
		names,
		(claim, first) =>
			`"${claim.name}" is already ${describeNameField(first.field)} of ${first.file}: a name can belong to one term only. Remove it here, or merge the two entries.`,
	);
	const variantProblems = collisions(
		variants,
		(claim, first) => `The wrong spelling "${claim.name}" is already listed in ${first.file}. Keep it in one entry only.`,
	);
	const nameSet = new Map(names.map((claim) => [normalizeName(claim.name), claim]));
	const variantAsName = variants.flatMap((claim) => {
		const named = nameSet.get(normalizeName(claim.name));
		return named
			? [
					{
						file: claim.file,
						field: claim.field,
						message: `"${claim.name}" is listed as a wrong spelling, but it is ${describeNameField(named.field)} of ${named.file}. Remove one of the two.`,
					},
				]
			: [];
	});
	return [
		...nameProblems,
		...variantProblems,
		...variantAsName,
		...searchNameProblems(entries, [...names, ...variants]),
		...addressProblems(entries),
	];
}

/**
 * Each name of a term has an address of its own, its slug (`/glossary/cit/`, `/es/glosario/tic/`),
 * that sends readers on to the term's page. Two names that differ only in accents or punctuation
 * ("exfoliación química", "exfoliacion-quimica") share one, and a name may spell another entry's
 * id: either way the address could lead to one entry only. Names that are equal are reported
 * above, so only names that differ are reported here.
 */
function addressProblems(entries: VocabularyEntry[]): ContentProblem[] {
	const taken = new Map<string, { entry: VocabularyEntry; name?: string }>(entries.map((entry) => [entry.id, { entry }]));
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		const fields = [['term', entry.term], ...entry.aliases.map((alias, index) => [`aliases[${index}]`, alias])];
		if (entry.abbreviation) fields.push(['abbreviation', entry.abbreviation]);
		for (const [field, name] of fields as [string, string][]) {
			const slug = slugify(name);
			const first = taken.get(slug);
			if (!first) taken.set(slug, { entry, name });
			else if (first.entry !== entry && (first.name === undefined || normalizeName(first.name) !== normalizeName(name))) {
				const other = first.name === undefined ? `the id of ${first.entry.file}` : `the address of "${first.name}" in ${first.entry.file}`;
				problems.push({
					file: entry.file,
					field,
					message: `"${name}" would have the address ${slug}, which is already ${other}: an address leads to one term only. Remove the name here, or reword it.`,
				});
			}
		}
	}
	return problems;
}

/**
 * A search name leads a search to one term, so it may be no other entry's search name, name or
 * wrong spelling (search already finds that entry by those). Each problem is reported on the
 * search name, the field to change.
 */
function searchNameProblems(entries: VocabularyEntry[], namesAndVariants: Claim[]): ContentProblem[] {
	const searchNames: Claim[] = entries.flatMap((entry) =>
		(entry.searchNames ?? []).map((name, index) => ({ file: entry.file, field: `searchNames[${index}]`, name, owner: entry.file })),
	);
	const twice = collisions(
		searchNames,
		(claim, first) =>
			`"${claim.name}" is already a search name of ${first.file}: a search name finds one term only. Keep it in the entry readers mean by it, and remove it here.`,
	);
	const claimed = new Map<string, Claim[]>();
	for (const claim of namesAndVariants) {
		const key = normalizeName(claim.name);
		claimed.set(key, [...(claimed.get(key) ?? []), claim]);
	}
	const taken = searchNames.flatMap((claim) => {
		const other = claimed.get(normalizeName(claim.name))?.find((candidate) => candidate.owner !== claim.owner);
		if (!other) return [];
		const where = other.field.startsWith('variants')
			? `a wrong spelling listed in ${other.file}`
			: `${describeNameField(other.field)} of ${other.file}`;
		return [
			{
				file: claim.file,
				field: claim.field,
				message: `"${claim.name}" is already ${where}, so search finds that term by it. Remove it from \`searchNames\` here.`,
			},
		];
	});
	return [...twice, ...taken];
}
