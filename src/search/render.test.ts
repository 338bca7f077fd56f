import { describe, expect, it } from 'vitest';
import { ui } from '../i18n/ui';
import { type ElementFactory, renderDefinition, renderResult, renderStatus } from './render';

const en = ui('en').search.script;

/** A stand-in for `document` that records what the builders make, with no HTML parser at all. */
class FakeNode {
	children: FakeNode[] = [];
	attributes: Record<string, string> = {};
	className = '';
	id = '';
	constructor(
		readonly tagName: string,
		readonly text = '',
	) {}
	append(...nodes: FakeNode[]) {
		this.children.push(...nodes);
	}
	setAttribute(name: string, value: string) {
		this.attributes[name] = value;
	}
	get textContent(): string {
		return this.text + this.children.map((child) => child.textContent).join('');
	}
	find(tag: string): FakeNode[] {
		return [...(this.tagName === tag ? [this] : []), ...this.children.flatMap((child) => child.find(tag))];
	}
}

const fakeDocument = {
	createElement: (tag: string) => new FakeNode(tag),
	createTextNode: (text: string) => new FakeNode('#text', text),
} as unknown as ElementFactory;

describe('renderResult', () => {
	const item = renderResult(fakeDocument, {
		href: '/side-effects/#redness',
		title: 'Redness <script>',
		context: 'Side effects <b>and risks</b>',
		section: 'Side effects',
		excerpt: [
			{ text: 'Mild ', marked: false },
			{ text: 'redness', marked: true },
			{ text: ' <img src=x onerror=alert(1)>', marked: false },
		],
	}) as unknown as FakeNode;

	it('links the title to the part that answers, inside a heading that names the page after a dash', () => {
		const [heading] = item.find('h3');
		const [anchor] = heading?.find('a') ?? [];
		expect(anchor?.attributes.href).toBe('/side-effects/#redness');
		expect(anchor?.textContent).toBe('Redness <script>');
		expect(heading?.textContent).toBe('Redness <script> — Side effects <b>and risks</b>');
	});

	it('leaves the dash out when the result is a page of its own', () => {
		const page = renderResult(fakeDocument, { href: '/aftercare/', title: 'Aftercare', context: '', section: 'Aftercare', excerpt: [] });
		expect((page as unknown as FakeNode).find('h3')[0]?.textContent).toBe('Aftercare');
	});

	it('shows the section and marks only the matched words', () => {
		expect(item.textContent).toBe('Redness <script> — Side effects <b>and risks</b>Side effectsMild redness <img src=x onerror=alert(1)>');
		expect(item.find('mark').map((mark) => mark.textContent)).toEqual(['redness']);
	});

	it('makes markup in the text into text nodes, never elements', () => {
		expect(item.find('img')).toEqual([]);
		expect(item.find('script')).toEqual([]);
		expect(item.find('b')).toEqual([]);
	});
});

describe('renderStatus', () => {
	const hrefOf = (query: string) => `/search/?q=${encodeURIComponent(query)}`;

	it('is the message alone when there is nothing to suggest', () => {
		const nodes = renderStatus(fakeDocument, en, 'No results for “xyzzy”', [], hrefOf) as unknown as FakeNode[];
		expect(nodes.map((node) => node.textContent).join('')).toBe('No results for “xyzzy”');
	});

	it('offers each suggestion as a link to its search, as text', () => {
		const nodes = renderStatus(fakeDocument, en, 'No results for “colagen”', ['collagen', 'college <i>'], hrefOf) as unknown as FakeNode[];
		expect(nodes.map((node) => node.textContent).join('')).toBe('No results for “colagen”. Did you mean collagen or college <i>?');
		const links = nodes.flatMap((node) => node.find('a'));
		expect(links.map((link) => link.attributes.href)).toEqual(['/search/?q=collagen', '/search/?q=college%20%3Ci%3E']);
		expect(nodes.flatMap((node) => node.find('i'))).toEqual([]);
	});

	it('asks in the page’s language, a single suggestion with no list words', () => {
		const es = ui('es').search.script;
		const one = renderStatus(fakeDocument, es, 'No hay resultados para “colajeno”', ['colágeno'], hrefOf) as unknown as FakeNode[];
		expect(one.map((node) => node.textContent).join('')).toBe('No hay resultados para “colajeno”. ¿Quiso decir colágeno?');
		const three = renderStatus(fakeDocument, es, 'Nada.', ['a', 'b', 'c'], hrefOf) as unknown as FakeNode[];
		expect(three.map((node) => node.textContent).join('')).toBe('Nada. ¿Quiso decir a, b o c?');
		expect(three.flatMap((node) => node.find('a')).map((link) => link.textContent)).toEqual(['a', 'b', 'c']);
	});
});

describe('renderDefinition', () => {
	const card = renderDefinition(fakeDocument, en, {
		id: 'microneedling',
		term: 'Microneedling',
		definition: 'A treatment that makes tiny holes in the skin.',
		href: '/glossary/microneedling/',
	}) as unknown as FakeNode;

	it('is a section named by its term heading', () => {
		const [heading] = card.find('h2');
		expect(card.tagName).toBe('section');
		expect(card.attributes['aria-labelledby']).toBe(heading?.id);
		expect(heading?.textContent).toBe('Microneedling');
	});

	it('gives the definition and links to the glossary entry', () => {
		expect(card.textContent).toContain('A treatment that makes tiny holes in the skin.');
		const [anchor] = card.find('a');
		expect(anchor?.attributes.href).toBe('/glossary/microneedling/');
		expect(anchor?.textContent).toBe('Microneedling in the glossary');
	});
});
