import { describe, expect, it } from 'vitest';
import { proseView, sourcePosition } from './prose-view';

const lines = (text: string) => text.split('\n');

describe('proseView', () => {
	it('keeps an MDX file’s line count, copies frontmatter prose to column 0 and leaves the body as it is', () => {
		const source = [
			'---',
			'question: Is micro-needling safe?',
			'topic: safety',
			'lastReviewed: 2026-11-20',
			'---',
			'The answer, with <Fact id="redness" />.',
		].join('\n');
		const view = proseView(source, 'mdx');
		expect(lines(view.text)).toEqual(['', 'Is micro-needling safe?', '', '', '', 'The answer, with <Fact id="redness" />.']);
		expect(view.shifts.get(2)).toBe('question: '.length);
	});

	it('blanks ids, references, enums, dates and a glossary entry’s variants, abbreviation and search names', () => {
		const source = [
			'term: Microneedling',
			'abbreviation: CIT',
			'variants:',
			'  - wrong: micro-needling',
			'    use: microneedling',
			'searchNames: [Dermapen, micro-needling]',
			'related:',
			'  glossary: [collagen]',
			'sources: [fda]',
			'steps:',
			'  - id: wash-hands',
			'    action: do',
			'    text: Wash your hands.',
			'nextReview: 2027-11-20',
			'order: 2',
		].join('\n');
		const view = proseView(source, 'yaml');
		const kept = lines(view.text)
			.map((text, index) => [index + 1, text] as const)
			.filter(([, text]) => text !== '');
		expect(kept).toEqual([
			[1, 'Microneedling'],
			[13, 'Wash your hands.'],
		]);
		expect(view.shifts.get(13)).toBe('    text: '.length);
	});

	it('reads quoted, block and multi-line values line by line, without their quotes or headers', () => {
		const source = [
			'title: "Microneedling: a guide"',
			'summary: >-',
			'  First line of the summary',
			'  and its second line.',
			'label: A plain value that',
			'  goes on over two lines.',
		].join('\n');
		expect(lines(proseView(source, 'yaml').text)).toEqual([
			'Microneedling: a guide',
			'',
			'First line of the summary',
			'and its second line.',
			'A plain value that',
			'goes on over two lines.',
		]);
	});

	it('keeps only the values of a one-line list, so its quotes and commas do not look like prose', () => {
		const view = proseView('aliases: [skin needling, "collagen induction therapy"]', 'yaml');
		expect(view.text).toBe('skin needling   collagen induction therapy');
		expect(view.text.indexOf('collagen') + (view.shifts.get(1) ?? 0)).toBe(
			'aliases: [skin needling, "collagen induction therapy"]'.indexOf('collagen'),
		);
	});

	it('turns braces and angle brackets in YAML prose into parentheses, so MDX reads the value as text', () => {
		expect(proseView('summary: Use <b>only</b> {this}', 'yaml').text).toBe('Use (b)only(/b) (this)');
	});

	it('leaves an MDX file without frontmatter unchanged', () => {
		expect(proseView('Just a body.\n', 'mdx')).toEqual({ text: 'Just a body.\n', shifts: new Map() });
	});
});

describe('sourcePosition', () => {
	it('moves a column on a copied line back to where the text is in the file', () => {
		const view = proseView('---\nquestion: Is micro-needling safe?\n---\nBody micro-needling.', 'mdx');
		expect(sourcePosition(view, 2, 4)).toEqual({ line: 2, column: 4 + 'question: '.length });
		expect(sourcePosition(view, 4, 6)).toEqual({ line: 4, column: 6 });
	});
});
