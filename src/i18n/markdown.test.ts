import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { documentLang, localizedLinks } from './markdown';

const root = '/site/content';
const file = (path: string) => pathToFileURL(`${root}/${path}`);

describe('documentLang', () => {
	it('reads a document’s language from its folder: a translation’s, or English', () => {
		expect(documentLang(file('es/faq/cost.mdx'), root)).toBe('es');
		expect(documentLang(file('faq/cost.mdx'), root)).toBe('en');
		expect(documentLang(file('faq/es/cost.mdx'), root)).toBe('en');
		expect(documentLang(pathToFileURL('/elsewhere/es/cost.mdx'), root)).toBe('en');
		expect(documentLang(undefined, root)).toBe('en');
	});
});

describe('localizedLinks', () => {
	const render = async (path: string, markdown: string) =>
		(await markdownToHtml(markdown, { hastPlugins: [localizedLinks('es', root)], fileURL: file(path) })).html;

	it('sends a Spanish document’s links to the Spanish pages, with the same anchors', async () => {
		const html = await render('es/faq/x.mdx', 'Vea las [señales de alarma](/side-effects/#get-help) y el [glosario](/glossary/collagen/).');
		expect(html).toBe(
			'<p>Vea las <a href="/es/efectos-secundarios/#get-help">señales de alarma</a> y el <a href="/es/glosario/collagen/">glosario</a>.</p>\n',
		);
	});

	it('leaves anchors on the page, other sites, files and Spanish addresses as written', async () => {
		const markdown = '[a](#embed-builder) [b](https://www.fda.gov/) [c](/embed.js) [d](/es/preguntas/)';
		expect(await render('es/pages/x.mdx', markdown)).toBe(
			'<p><a href="#embed-builder">a</a> <a href="https://www.fda.gov/">b</a> <a href="/embed.js">c</a> <a href="/es/preguntas/">d</a></p>\n',
		);
	});

	it('leaves an English document’s links alone', async () => {
		expect(await render('faq/x.mdx', '[warning signs](/side-effects/#get-help)')).toBe(
			'<p><a href="/side-effects/#get-help">warning signs</a></p>\n',
		);
	});
});
