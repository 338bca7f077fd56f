/**
 * What content markup tells Pagefind about answers. Pagefind splits a page into parts at each
 * heading with an id (and at any element with an id and a `data-pagefind-title`), and the search
 * page lists the part that answers, so a result opens at the question, not the top of the page.
 */

/** On text that answers (an FAQ question, a section's heading, a step's title): it outweighs body text. */
export const answerText = { 'data-pagefind-weight': '10' } as const;

/**
 * On text that restates other pages or sources (the claims that rest on clinic practice, what a
 * source is about, the home page's section summaries): it weighs little, so a search opens the page that says it first.
 */
export const restatedText = { 'data-pagefind-weight': '0.1' } as const;

/** On an element with an id that is not a heading (an aftercare step): a part of its own, titled `title`. */
export function answerPart(title: string) {
	return { 'data-pagefind-title': title } as const;
}
