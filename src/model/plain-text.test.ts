import { describe, expect, it } from 'vitest';
import { type DataValue, dataText, mdxToPlainText, pageWords, replaceDataComponents } from './plain-text';

describe('mdxToPlainText', () => {
	const facts: Record<string, string> = { 'course-sessions': '3 to 6 sessions' };
	const value: DataValue = (_component, id) => facts[id ?? ''] ?? `?${id}`;

	it('replaces facts with their values and strips Markdown', () => {
		const body = '**Yes.** Most plans are <Fact id="course-sessions" />.\n\n- See [aftercare](/aftercare/)\n- Use `SPF`\n\n## More';
		expect(mdxToPlainText(body, value)).toBe('Yes. Most plans are 3 to 6 sessions. See aftercare Use SPF More');
	});

	it('accepts single quotes and removes other tags', () => {
		expect(mdxToPlainText("<Fact id='course-sessions' /> <abbr>CIT</abbr>", value)).toBe('3 to 6 sessions CIT');
	});

	it('keeps a space between blocks and at a hard line break, so no two words run together', () => {
		expect(mdxToPlainText('Red skin\n\n- swelling\n- peeling\n\n| A | B |\n| - | - |\n| one | two |\n\nLine one  \nline two', value)).toBe(
			'Red skin swelling peeling A B one two Line one line two',
		);
	});

	it('writes a component’s Markdown as its words, shows code in braces as nothing and an image as its alt text', () => {
		const signs: DataValue = (component) => (component === 'WarningSigns' ? '\n\n- **Get help now:** A fever.\n' : '');
		expect(mdxToPlainText('Watch for:\n\n<WarningSigns />\n\n{/* note to editors */}\n\n![A dermaroller](/roller.png)', signs)).toBe(
			'Watch for: Get help now: A fever. A dermaroller',
		);
	});

	it('reads a body that is not valid MDX as Markdown, leaving out its tags', () => {
		expect(mdxToPlainText('Less than <1 mm, <b>bold</b>.', value)).toBe('Less than <1 mm, bold.');
	});
});

describe('replaceDataComponents', () => {
	const value: DataValue = (component, id) => `[${component}${id ? `:${id}` : ''}]`;

	it('writes each figure, timing and the warning signs as what they show, through write', () => {
		const body = 'Plans use <Fact id="course-sessions" />. <Advice id="makeup" />\n\n<WarningSigns />';
		expect(replaceDataComponents(body, value)).toBe('Plans use [Fact:course-sessions]. [Advice:makeup]\n\n[WarningSigns]');
		expect(replaceDataComponents('<Fact id="x" />', value, (text) => text.toUpperCase())).toBe('[FACT:X]');
	});

	it('leaves other components alone', () => {
		expect(replaceDataComponents('<Other id="x" />', value)).toBe('<Other id="x" />');
	});

	it('leaves the rest as written, whatever the characters before a component', () => {
		expect(replaceDataComponents('Café “red” 😀 <Fact id="a" />, *then* <Fact\n  id="b"\n/>.', value)).toBe(
			'Café “red” 😀 [Fact:a], *then* [Fact:b].',
		);
	});

	it('finds no component in a body that is not valid MDX, and leaves it as it is', () => {
		expect(replaceDataComponents('<img src=x> <Fact id="a" />', value)).toBe('<img src=x> <Fact id="a" />');
	});
});

describe('dataText', () => {
	it('joins the words of every field, leaving out references, dates, ids and wrong spellings', () => {
		const text = dataText({
			question: 'Does it hurt?',
			topic: 'treatment',
			related: { glossary: [{ collection: 'glossary', id: 'numbing-cream' }] },
			steps: [{ id: 'keep-clean', action: 'do', text: 'Keep the skin clean.', reason: 'It is healing.' }],
			variants: [{ wrong: 'micro-needling', use: 'microneedling' }],
			lastReviewed: new Date('2026-11-20'),
			order: 3,
		});
		expect(text).toBe('Does it hurt? Keep the skin clean. It is healing.');
	});
});

describe('pageWords', () => {
	const value: DataValue = () => '3 to 6 sessions';
	const page = { data: { title: 'FAQ', order: 1 }, body: 'Plain *answers*.' };
	const parts = [{ data: { question: 'How many?', summary: 'A few.' }, body: 'Most need <Fact id="course-sessions" />.' }];

	it('reads the introduction, then each part with its body', () => {
		expect(pageWords({ page, intro: true, parts, shows: 'whole' }, value)).toBe(
			'FAQ Plain answers. How many? A few. Most need 3 to 6 sessions.',
		);
	});

	it('reads only the fields of parts an index shows, and no introduction a page replaces', () => {
		expect(pageWords({ page, intro: true, parts, shows: 'fields' }, value)).toBe('FAQ Plain answers. How many? A few.');
		expect(pageWords({ page, intro: false, parts, shows: 'whole' }, value)).toBe('How many? A few. Most need 3 to 6 sessions.');
	});
});
