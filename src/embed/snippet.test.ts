import { describe, expect, it } from 'vitest';
import {
	defaultEmbedHeight,
	embedPath,
	embedTitles,
	embedUrl,
	escapeAttribute,
	iframeSnippet,
	independenceNote,
	oembed,
	scriptSnippet,
	embedPolicy,
	sharedByLine,
} from './snippet';

const site = 'https://microneedling-guide.example';

describe('embedPath and embedUrl', () => {
	it('points at all questions or one topic', () => {
		expect(embedPath()).toBe('/embed/faq/');
		expect(embedPath('safety')).toBe('/embed/faq/safety/');
		expect(embedUrl(site)).toBe(`${site}/embed/faq/`);
	});

	it('writes the options as query parameters, leaving out empty ones', () => {
		expect(
			embedUrl(site, {
				topic: 'safety',
				ids: ['a', 'b'],
				accent: '#0a7',
				name: 'Skin & Co',
				contact: 'https://x.example/book',
				theme: 'dark',
			}),
		).toBe(`${site}/embed/faq/safety/?ids=a%2Cb&accent=%230a7&name=Skin+%26+Co&contact=https%3A%2F%2Fx.example%2Fbook&theme=dark`);
		expect(embedUrl(site, { ids: [], name: '' })).toBe(`${site}/embed/faq/`);
	});

	it('points at the embed pages of the language asked for', () => {
		expect(embedPath('safety', 'es')).toBe('/es/embed/faq/safety/');
		expect(embedUrl(site, { lang: 'es' })).toBe(`${site}/es/embed/faq/`);
		expect(embedUrl(site, { lang: 'es', topic: 'aftercare', theme: 'dark' })).toBe(`${site}/es/embed/faq/aftercare/?theme=dark`);
		expect(embedUrl(site, { lang: 'en', topic: 'aftercare' })).toBe(`${site}/embed/faq/aftercare/`);
	});
});

describe('iframeSnippet', () => {
	it('is a lazy, sandboxed, full-width frame with a title', () => {
		const html = iframeSnippet({ src: `${site}/embed/faq/`, title: 'Microneedling FAQ' });
		expect(html).toBe(
			`<iframe src="${site}/embed/faq/" title="Microneedling FAQ" width="100%" height="${defaultEmbedHeight}" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" style="border:0"></iframe>`,
		);
	});

	it('escapes attribute values and rounds the height', () => {
		const html = iframeSnippet({ src: `${site}/embed/faq/?name=A"><script>`, title: 'Q & A', height: 420.4 });
		expect(html).toContain('src="https://microneedling-guide.example/embed/faq/?name=A&quot;&gt;&lt;script&gt;"');
		expect(html).toContain('title="Q &amp; A"');
		expect(html).toContain('height="420"');
		expect(html).not.toContain('<script>');
	});
});

describe('scriptSnippet', () => {
	it('is a marked div holding a link to the FAQ, plus the async loader', () => {
		expect(scriptSnippet({ site })).toBe(
			`<div data-cit-faq><a href="${site}/faq/">Microneedling questions and answers</a></div><script src="${site}/embed.js" async></script>`,
		);
	});

	it('writes each option as an escaped data attribute, and links to the chosen topic', () => {
		expect(scriptSnippet({ site, topic: 'safety', accent: '#0a7', name: 'O"Brien <Clinic>', ids: ['a', 'b'] })).toBe(
			`<div data-cit-faq data-topic="safety" data-ids="a,b" data-accent="#0a7" data-name="O&quot;Brien &lt;Clinic&gt;"><a href="${site}/faq/safety/">Microneedling questions and answers</a></div><script src="${site}/embed.js" async></script>`,
		);
	});

	it('marks a Spanish snippet with data-lang="es" and links to the Spanish questions, in the words given', () => {
		expect(scriptSnippet({ site, lang: 'es', topic: 'safety', linkText: 'Preguntas y respuestas <sobre> micropunción' })).toBe(
			`<div data-cit-faq data-lang="es" data-topic="safety"><a href="${site}/es/preguntas/safety/">Preguntas y respuestas &lt;sobre&gt; micropunción</a></div><script src="${site}/embed.js" async></script>`,
		);
		expect(scriptSnippet({ site, lang: 'es' })).toContain(`<div data-cit-faq data-lang="es"><a href="${site}/es/preguntas/">`);
		expect(scriptSnippet({ site, lang: 'en' })).toBe(scriptSnippet({ site }));
	});

	it('links to the whole FAQ when questions are picked without a topic', () => {
		expect(scriptSnippet({ site, ids: ['a'] })).toContain(`data-ids="a"><a href="${site}/faq/">`);
	});
});

describe('embedPolicy', () => {
	it('allows exactly the loader as a script and the embed pages as frames, on the site’s address', () => {
		expect(embedPolicy(site)).toBe(`script-src ${site}/embed.js; frame-src ${site}/embed/`);
		expect(embedPolicy('http://localhost:4321/')).toBe('script-src http://localhost:4321/embed.js; frame-src http://localhost:4321/embed/');
	});

	it('allows the Spanish embed pages for a Spanish snippet', () => {
		expect(embedPolicy(site, 'es')).toBe(`script-src ${site}/embed.js; frame-src ${site}/es/embed/`);
	});

	it.each(['en', 'es'] as const)('allows the script and frame addresses the %s snippets use', (lang) => {
		const [scriptSource, frameSource] = embedPolicy(site, lang)
			.split('; ')
			.map((directive) => directive.split(' ')[1]!);
		expect(scriptSnippet({ site, lang, topic: 'aftercare' })).toContain(`<script src="${scriptSource}"`);
		expect(embedUrl(site, { lang, topic: 'aftercare', accent: '#0a7' }).startsWith(frameSource!)).toBe(true);
	});
});

describe('escapeAttribute', () => {
	it('escapes the five special characters', () => {
		expect(escapeAttribute(`&"'<>`)).toBe('&amp;&quot;&#39;&lt;&gt;');
	});
});

describe('oembed', () => {
	it('is an oEmbed 1.0 rich response whose html is the iframe snippet', () => {
		const src = `${site}/embed/faq/safety/`;
		expect(oembed({ src, title: embedTitles.en('Safety'), providerName: 'Microneedling Guide', providerUrl: `${site}/` })).toEqual({
			version: '1.0',
			type: 'rich',
			title: 'Microneedling questions: Safety',
			html: iframeSnippet({ src, title: 'Microneedling questions: Safety' }),
			width: 640,
			height: defaultEmbedHeight,
			provider_name: 'Microneedling Guide',
			provider_url: `${site}/`,
		});
		expect(embedTitles.en()).toBe('Microneedling questions');
		expect(embedTitles.es('Seguridad')).toBe('Preguntas sobre micropunción: Seguridad');
	});
});

describe('sharedByLine and independenceNote', () => {
	it('says the clinic shares the guide, never that the answers are its own', () => {
		expect(sharedByLine('Skin & Co')).toBe('Skin & Co shares this independent guide');
		expect(sharedByLine('Skin & Co')).not.toMatch(/provided for|answers/i);
	});

	it('says plainly that the guide is independent and endorses no clinic or provider', () => {
		expect(independenceNote).toBe('It is an independent guide and does not endorse any clinic or provider.');
	});
});
