import { describe, expect, it } from 'vitest';
import {
	contentView,
	formatMisspelling,
	glossaryWords,
	htmlViews,
	isRedirectPage,
	keepOnly,
	lineAndColumn,
	usSpelling,
	wordsOf,
} from './spelling.ts';

/** The words a view keeps, in order. */
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('contentView', () => {
	it('keeps YAML prose at its own offsets and blanks keys, ids, dates and quotes', () => {
		const yaml = [
			'title: The first day',
			'order: 2',
			'steps:',
			'  - id: clean-hands',
			'    text: "Wash your hands."',
			'    citations:',
			'      - quote: The colour changed.',
			'        where: Abstract',
			'lastReviewed: 2026-11-20',
			'sources: [alster-graham-2018]',
			'',
		].join('\n');
		const { text, offsets } = contentView(yaml, 'yaml');
		expect(offsets).toBeUndefined();
		expect(text).toHaveLength(yaml.length);
		expect(text.split('\n')).toHaveLength(yaml.split('\n').length);
		expect(words(text)).toEqual(['The', 'first', 'day', '"Wash', 'your', 'hands."', 'Abstract']);
		expect(text.indexOf('Wash')).toBe(yaml.indexOf('Wash'));
	});

	it('keeps an MDX file’s frontmatter prose and its whole body', () => {
		const mdx = '---\nquestion: Does it hurt?\nrelated:\n  glossary: [numbing-cream]\n---\nA little. Wait <Fact id="numbing-wait" />.\n';
		const { text } = contentView(mdx, 'mdx');
		expect(words(text)).toEqual(['Does', 'it', 'hurt?', 'A', 'little.', 'Wait', '<Fact', 'id="numbing-wait"', '/>.']);
		expect(text.indexOf('hurt')).toBe(mdx.indexOf('hurt'));
		expect(text.indexOf('little')).toBe(mdx.indexOf('little'));
	});

	it('keeps an MDX file without frontmatter as it is', () => {
		expect(contentView('Just text.\n', 'mdx').text).toBe('Just text.\n');
	});
});

describe('isRedirectPage', () => {
	it("knows Astro's redirect page, and no page that only mentions one", () => {
		expect(
			isRedirectPage(
				'<!doctype html><title>Redirecting to: /es/cuidados-posteriores/#avoid-sun</title><meta http-equiv="refresh" content="0; url=/es/cuidados-posteriores/#avoid-sun">',
			),
		).toBe(true);
		expect(isRedirectPage('<!doctype html><html lang="en"><head><title>Redirecting to: a new clinic</title></head></html>')).toBe(false);
	});
});

describe('keepOnly', () => {
	it('blanks all but the ranges and keeps line breaks', () => {
		expect(keepOnly('ab\r\ncd\nef', [[4, 5]])).toBe('  \r\nc \n  ');
	});
});

describe('htmlViews', () => {
	const html = [
		'<html><head><title>Guide</title><style>.a{b:c}</style><script type="application/ld+json">{"x":"jsonword"}</script></head>',
		'<body class="classword"><p>The body&#39;s cells &amp; more</p><img alt="A pen" src="p.png">',
		'<pre><code>codeword</code></pre><script>scriptword()</script><noscript><p>Needs scripts</p></noscript>',
		'<p><q>quoteword</q></p><div hidden data-pagefind-ignore><p>synonymword</p></div><button hidden>Copy link</button></body></html>',
	].join('\n');
	const view = htmlViews(html).get('en') ?? { text: '' };

	it('reads text and alt text, and not attributes, styles, scripts, JSON-LD, code, quotations, the document title or search-only text', () => {
		// A `hidden` button is still read: the site's script shows it; only search metadata is never shown.
		expect(words(view.text)).toEqual(['The', "body's", 'cells', '&', 'more', 'A', 'pen', 'Needs', 'scripts', 'Copy', 'link']);
	});

	it('maps each character back to its place in the file, past entities', () => {
		const at = (word: string) => view.offsets?.[view.text.indexOf(word)];
		expect(at('cells')).toBe(html.indexOf('cells'));
		expect(at('more')).toBe(html.indexOf('more'));
		expect(at('pen')).toBe(html.indexOf('pen'));
		expect(lineAndColumn(html, at('Needs') ?? 0)).toEqual({ line: 3, column: html.split('\n')[2]!.indexOf('Needs') + 1 });
	});

	it('reads each piece in the language of its nearest lang attribute, and leaves out languages the site is not written in', () => {
		const page = [
			'<html lang="es-US"><head><title>Guía</title></head><body><p>La piel sana.</p>',
			'<p lang="en">Skin heals <img alt="pen image"></p><a lang="fr">Bonjour</a><p lang="es"><q>citation</q> Más</p></body></html>',
		].join('\n');
		const views = htmlViews(page);
		expect([...views.keys()]).toEqual(['es', 'en']);
		expect(words(views.get('es')?.text ?? '')).toEqual(['La', 'piel', 'sana.', 'Más']);
		expect(words(views.get('en')?.text ?? '')).toEqual(['Skin', 'heals', 'pen', 'image']);
		const es = views.get('es')!;
		expect(es.offsets?.[es.text.indexOf('Más')]).toBe(page.indexOf('Más'));
	});
});

describe('usSpelling', () => {
	// Small stand-ins for the dictionaries, with the overlaps that make the rule hard: the US one
	// has British forms (centre) and rare words (corse, des); the British one has -ize forms.
	const us = new Set([
		'color',
		'center',
		'centre',
		'organize',
		'anesthetic',
		'edema',
		'traveled',
		'course',
		'corse',
		'does',
		'des',
		'for',
		'four',
		'aesthetic',
		'esthetic',
		'advertise',
		'advertize',
	]);
	const british = new Set([
		'colour',
		'centre',
		'organise',
		'organize',
		'anaesthetic',
		'oedema',
		'travelled',
		'course',
		'does',
		'for',
		'four',
		'aesthetic',
		'advertise',
	]);
	const spell = (word: string) =>
		usSpelling(
			word,
			(w) => us.has(w),
			(w) => british.has(w),
		);

	it('gives the US form of a British spelling', () => {
		expect(spell('colour')).toBe('color');
		expect(spell('centre')).toBe('center');
		expect(spell('organise')).toBe('organize');
		expect(spell('anaesthetic')).toBe('anesthetic');
		expect(spell('oedema')).toBe('edema');
		expect(spell('travelled')).toBe('traveled');
	});

	it('leaves words both Englishes spell alike, even where the US dictionary has an odd neighbour', () => {
		for (const word of ['course', 'does', 'four', 'aesthetic', 'advertise', 'color', 'unknownword']) expect(spell(word)).toBeUndefined();
	});
});

describe('wordsOf and glossaryWords', () => {
	it('lists distinct lowercase words without possessives', () => {
		expect([...wordsOf('The body’s colour, the Colour.')]).toEqual(['the', 'body', 'colour']);
	});

	it('gives a word written with a first capital in small letters too, for a check that tells capitals apart', () => {
		const terms = [
			{
				id: 'pih',
				term: 'Hiperpigmentación posinflamatoria',
				aliases: [],
				abbreviation: 'HPI',
				definition: '',
				variants: [],
				searchNames: [],
			},
		];
		expect(glossaryWords(terms)).toEqual(['HPI', 'Hiperpigmentación', 'hiperpigmentación', 'posinflamatoria']);
	});

	it('takes every word of each term, alias, abbreviation and what it stands for', () => {
		const terms = [
			{
				id: 'prp',
				term: 'platelet-rich plasma',
				aliases: ['PRP facial'],
				abbreviation: 'PRP',
				definition: '',
				variants: [],
				searchNames: [],
			},
			{
				id: 'microneedling',
				term: 'microneedling',
				aliases: [],
				abbreviation: 'CIT',
				abbreviationOf: 'collagen induction therapy',
				definition: '',
				variants: [{ wrong: 'micro-needling', use: 'microneedling' }],
				searchNames: [],
			},
		];
		expect(glossaryWords(terms)).toEqual([
			'CIT',
			'PRP',
			'collagen',
			'facial',
			'induction',
			'microneedling',
			'plasma',
			'platelet',
			'rich',
			'therapy',
		]);
	});
});

describe('formatMisspelling', () => {
	it('puts the path first, then the word, then the fix', () => {
		expect(
			formatMisspelling({ file: 'content/faq/a.mdx', lang: 'en', line: 3, column: 7, word: 'recieve', suggestions: ['receive'] }),
		).toBe(
			'content/faq/a.mdx:3:7  "recieve" is not a known word (did you mean "receive"?): correct it, or add it to cspell-words.txt if it is correct',
		);
		expect(
			formatMisspelling({ file: 'dist/index.html', lang: 'en', line: 1, column: 90, word: 'Colour', usForm: 'Color', suggestions: [] }),
		).toBe('dist/index.html:1:90  "Colour" is the British spelling: write "Color" (the site uses US English)');
	});

	it('names the Spanish word list for a Spanish word', () => {
		expect(
			formatMisspelling({ file: 'content/es/faq/a.mdx', lang: 'es', line: 1, column: 1, word: 'colageno', suggestions: ['colágeno'] }),
		).toBe(
			'content/es/faq/a.mdx:1:1  "colageno" is not a known word (did you mean "colágeno"?): correct it, or add it to cspell-words-es.txt if it is correct',
		);
	});
});
