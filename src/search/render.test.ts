import { describe, expect, it } from 'vitest';
import { type ElementFactory, renderDefinition, renderResult } from './render';

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
		href: '/side-effects/',
		title: 'Side effects <script>',
		section: 'Side effects',
		excerpt: [
			{ text: 'Mild ', marked: false },
			{ text: 'redness', marked: true },
			{ text: ' <img src=x onerror=alert(1)>', marked: false },
		],
	}) as unknown as FakeNode;

	it('links the title to the page, inside a heading', () => {
		const [heading] = item.find('h3');
		const [anchor] = heading?.find('a') ?? [];
		expect(anchor?.attributes.href).toBe('/side-effects/');
		expect(anchor?.textContent).toBe('Side effects <script>');
	});

	it('shows the section and marks only the matched words', () => {
		expect(item.textContent).toBe('Side effects <script>Side effectsMild redness <img src=x onerror=alert(1)>');
		expect(item.find('mark').map((mark) => mark.textContent)).toEqual(['redness']);
	});

	it('makes markup in the text into text nodes, never elements', () => {
		expect(item.find('img')).toEqual([]);
		expect(item.find('script')).toEqual([]);
	});
});

describe('renderDefinition', () => {
	const card = renderDefinition(fakeDocument, {
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
