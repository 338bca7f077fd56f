/**
 * The search question sets (e2e/fixtures/search-questions*.json) point only at places that exist:
 * every answer is the address, in the set's language, of an entry in that language's content, or
 * of a part a page's template writes. Checked from the files, with no build, so a renamed or
 * removed entry fails here before a search test would report the question as unanswered.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../i18n/languages';
import { englishPath, localizePath } from '../i18n/routes';
import { aftercarePath, readAftercareAnchors } from '../aftercare-links/short-links';
import { listEntryIds, readRawEntries } from '../model/files';
import { entryPath, faqAnswerPath, faqTopicPath } from '../site/related';
import englishQuestions from '../../e2e/fixtures/search-questions.json';
import spanishQuestions from '../../e2e/fixtures/search-questions-es.json';

/** A question set: its file, its language, that language's content, and how many questions it holds at least. */
interface QuestionSet {
	file: string;
	lang: Lang;
	content: string;
	least: number;
	questions: readonly { query: string; answers: readonly string[]; kind: string; who: string }[];
}

const questionSets: QuestionSet[] = [
	{ file: 'search-questions.json', lang: 'en', content: 'content', least: 40, questions: englishQuestions },
	{ file: 'search-questions-es.json', lang: 'es', content: 'content/es', least: 30, questions: spanishQuestions },
];

/**
 * Parts a page's template writes rather than an entry, each with the file that writes its id. The
 * other languages' pages share them, as they share every id below a section's address.
 */
const templateParts = [
	{ address: '/procedure/#course', file: 'src/views/ProcedurePage.astro' },
	{ address: '/options/#compare', file: 'src/views/OptionsPage.astro' },
	{ address: '/aftercare/#print-heading', file: 'src/views/AftercarePage.astro' },
	{ address: '/side-effects/#is-this-normal', file: 'src/model/is-this-normal.ts' },
	{ address: '/side-effects/#get-help', file: 'src/model/is-this-normal.ts' },
	{ address: '/decision-sheet/#questions-to-ask', file: 'src/views/DecisionSheetPage.astro' },
	{ address: '/for-clinics/#sheet-maker', file: 'src/views/ForClinicsPage.astro' },
];

/** Every English address that shows an entry of the content at `root`: each page, and each entry's place on its page. */
function contentAddresses(root: string): Set<string> {
	// A translation holds only the words, so each question's topic is the English entry's.
	const topics = new Map(readRawEntries('faq', 'content').map(({ id, data }) => [id, String(data.topic)]));
	const faqIds = listEntryIds('faq', root);
	const shownAt = (['procedure', 'benefits', 'sideEffects', 'suitability', 'options', 'glossary'] as const).flatMap((collection) =>
		listEntryIds(collection, root).map((id) => entryPath(collection, id)),
	);
	return new Set([
		...listEntryIds('pages', root).map((page) => (page === 'home' ? '/' : `/${page}/`)),
		...faqIds.flatMap((id) => [entryPath('faq', id), faqTopicPath(topics.get(id) ?? ''), faqAnswerPath(topics.get(id) ?? '', id)]),
		...readAftercareAnchors(root).flatMap((phase) =>
			[phase.id, ...phase.steps.map((step) => step.id)].map((id) => `${aftercarePath}#${id}`),
		),
		...shownAt,
	]);
}

describe('the template parts a question may point at', () => {
	it.each(templateParts)('$address is written by $file', ({ address, file }) => {
		const id = address.split('#')[1]!;
		expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`["']${id}["']`));
	});
});

describe.each(questionSets)('the question set $file', ({ lang, content, least, questions }) => {
	const known = new Set([...contentAddresses(content), ...templateParts.map((part) => part.address)]);

	it(`holds at least ${least} questions, each once, of every kind and from clients and staff`, () => {
		expect(questions.length).toBeGreaterThanOrEqual(least);
		expect(new Set(questions.map((question) => question.kind))).toEqual(new Set(['question', 'fragment', 'brand', 'misspelling']));
		expect(new Set(questions.map((question) => question.who))).toEqual(new Set(['client', 'staff']));
		const queries = questions.map((question) => question.query);
		expect(queries.filter((query, index) => queries.indexOf(query) !== index)).toEqual([]);
	});

	it.each(questions)('$query has answers, each at an entry or part that exists, in its own language', ({ query, answers }) => {
		expect(query, 'a query is what a reader types, trimmed').toMatch(/^\S(.*\S)?$/);
		expect(answers.length).toBeGreaterThan(0);
		for (const answer of answers) {
			const english = englishPath(answer);
			expect(english.lang, answer).toBe(lang);
			expect(localizePath(english.path, lang), `${answer} is not the ${lang} address of ${english.path}`).toBe(answer);
			expect(known.has(english.path), `${answer}: no entry or page part has this address`).toBe(true);
		}
	});
});
