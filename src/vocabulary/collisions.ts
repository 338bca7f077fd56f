/**
 * Names two glossary entries both claim. Every name of a term must point at one term only, or a
 * mention, an alias page and a search would not know which entry they mean.
 */
import { type Claim, type ContentProblem, collisions, normalizeName } from '../model/integrity.ts';

/** How a name's field reads in a message: `aliases[1]` → "an alias". */
function describeNameField(field: string): string {
	if (field === 'term') return 'the term';
	if (field === 'abbreviation') return 'the abbreviation';
	return 'an alias';
}

/** A glossary entry as the vocabulary check sees it. */
interface VocabularyEntry {
	file: string;
	term: string;
	aliases: string[];
	abbreviation?: string | undefined;
	variants: { wrong: string; use: string }[];
}

/**
 * Finds names that two glossary entries both claim: a term, alias or abbreviation that is
 * also another entry's term, alias or abbreviation, and a wrong spelling listed twice or
 * listed as wrong although another entry uses it as a name.
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
	return [...nameProblems, ...variantProblems, ...variantAsName];
}
