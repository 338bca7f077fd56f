import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { testVocabulary, testVocabularyEs } from '../../tests/fixtures/vocabulary';
import { glossaryLinks, keepFirstTermLinks, tooltipId } from './link-terms';

const plugin = glossaryLinks(testVocabulary);
// A plugin may be async, so the compile result is awaited.
const render = async (markdown: string, file = '/site/content/faq/example.mdx') =>
	(await markdownToHtml(markdown, { hastPlugins: [plugin], fileURL: pathToFileURL(file) })).html;
/** The words each link covers and where it goes: `['CIT', 'microneedling']`. */
const linksIn = (html: string) =>
	[...html.matchAll(/<a href="\/glossary\/([^/]+)\/"[^>]*>([^<]*)<\/a>/g)].map((match) => [match[2], match[1]]);

describe('glossaryLinks', () => {
	it('links the first mention of each term, longest name first, keeping an alias’s own words', async () => {
		const html = await render('Collagen induction therapy builds collagen. Microneedling builds more collagen.');
		expect(linksIn(html)).toEqual([
			['Collagen induction therapy', 'microneedling'],
			['collagen', 'collagen'],
		]);
	});

	it('describes each link with the term’s definition in a tooltip that search ignores', async () => {
		const html = await render('Ask about PRP.');
		expect(html).toContain(`aria-describedby="${tooltipId('platelet-rich-plasma')}"`);
		expect(html).toMatch(
			/<span id="term-tip-platelet-rich-plasma" role="tooltip" class="term-tip" data-pagefind-ignore[^>]*>Platelet-rich plasma: A liquid made from your own blood\.<\/span>/,
		);
	});

	it('never links inside headings, links or code, and links the next plain mention instead', async () => {
		const html = await render('## What is microneedling?\n\nSee [microneedling](/x/) and `collagen`.\n\nMicroneedling and collagen.');
		expect(html).toContain('<h2>What is microneedling?</h2>');
		expect(html).toContain('<code>collagen</code>');
		expect(linksIn(html)).toEqual([
			['Microneedling', 'microneedling'],
			['collagen', 'collagen'],
		]);
	});

	it('does not link a term on its own glossary page', async () => {
		const html = await render('Microneedling makes collagen.', '/site/content/glossary/microneedling.mdx');
		expect(linksIn(html)).toEqual([['collagen', 'collagen']]);
	});

	it('leaves MDX components alone and links MDX text', async () => {
		const { code } = await mdxToJs('Microneedling takes <Fact id="session-length" /> with CIT.', {
			hastPlugins: [plugin],
			fileURL: pathToFileURL('/site/content/faq/x.mdx'),
		});
		expect(code).toContain('/glossary/microneedling/');
		expect(code.match(/\/glossary\/microneedling\//g)).toHaveLength(1);
	});
});

describe('glossaryLinks in a translation', () => {
	// The site's plugins: each language's documents are linked with that language's glossary.
	const root = '/site/content';
	const plugins = [glossaryLinks(testVocabulary, { root }), glossaryLinks(testVocabularyEs, { lang: 'es', root })];
	const renderIn = async (file: string, markdown: string) =>
		(await markdownToHtml(markdown, { hastPlugins: plugins, fileURL: pathToFileURL(`${root}/${file}`) })).html;
	const spanishLinks = (html: string) =>
		[...html.matchAll(/<a href="\/es\/glosario\/([^/]+)\/"[^>]*>([^<]*)<\/a>/g)].map((match) => [match[2], match[1]]);

	it('links a Spanish answer’s Spanish names, alias and abbreviation to the Spanish glossary pages', async () => {
		const html = await renderIn(
			'es/faq/x.mdx',
			'La terapia de inducción de colágeno (TIC) forma colágeno. Es mínimamente invasiva; el tic no cuenta.',
		);
		expect(spanishLinks(html)).toEqual([
			['terapia de inducción de colágeno', 'microneedling'],
			['colágeno', 'collagen'],
			['mínimamente invasiva', 'minimally-invasive'],
		]);
		expect(html).not.toContain('/glossary/');
	});

	it('gives the tooltip the Spanish term and definition', async () => {
		const html = await renderIn('es/faq/x.mdx', 'Después de la micropunción.');
		expect(html).toContain(
			'<span id="term-tip-microneedling" role="tooltip" class="term-tip" data-pagefind-ignore="">Micropunción: Un tratamiento que hace agujeros diminutos en la piel para que forme colágeno nuevo.</span>',
		);
	});

	it('does not link a Spanish term on its own Spanish glossary page', async () => {
		const html = await renderIn('es/glossary/microneedling.mdx', 'La micropunción forma colágeno.');
		expect(spanishLinks(html)).toEqual([['colágeno', 'collagen']]);
	});

	it('links an English document with the English glossary only, exactly as one language alone did', async () => {
		const markdown = 'Microneedling builds collagen. Micropunción is not an English name.';
		const html = await renderIn('faq/x.mdx', markdown);
		expect(html).toBe(await render(markdown));
		expect(linksIn(html)).toEqual([
			['Microneedling', 'microneedling'],
			['collagen', 'collagen'],
		]);
	});
});

describe('keepFirstTermLinks', () => {
	it('keeps the first link per term on a page and turns the rest back into their words', async () => {
		// Three documents, each linked on its own, then put together on one page.
		const linked = async (markdown: string) => (await render(markdown)).replace(/^<p>|<\/p>\s*$/g, '');
		const page = `<p>${await linked('CIT first.')}</p><p>${await linked('Microneedling again, and collagen.')}</p>`;
		const kept = keepFirstTermLinks(page);
		expect(linksIn(kept)).toEqual([
			['CIT', 'microneedling'],
			['collagen', 'collagen'],
		]);
		expect(kept).toContain('<p>Microneedling again, and <span class="term"');
		expect(kept.match(/role="tooltip"/g)).toHaveLength(2);
	});

	it('turns a repeat back into its words as written, and leaves the rest of the page and other markup as they were', () => {
		const link = (id: string, words: string) =>
			`<span class="term" data-term="${id}"><a href="/glossary/${id}/" class="term-link" aria-describedby="term-tip-${id}">${words}</a><span id="term-tip-${id}" role="tooltip" class="term-tip" data-pagefind-ignore>${id}: A&amp;B.</span></span>`;
		const other = '<span class="term" data-term="prp">PRP</span>';
		const page = `<p class='x'>${link('prp', 'PRP &amp; more')} then&nbsp;<b>${link('prp', 'Platelet &amp; plasma')}</b> ${other}</p><br>`;
		expect(keepFirstTermLinks(page)).toBe(
			`<p class='x'>${link('prp', 'PRP &amp; more')} then&nbsp;<b>Platelet &amp; plasma</b> ${other}</p><br>`,
		);
		expect(keepFirstTermLinks('<p>No terms here.</p>')).toBe('<p>No terms here.</p>');
	});
});
