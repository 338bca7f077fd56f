import { describe, expect, it } from 'vitest';
import { type DataValue, dataText, mdxToPlainText, replaceDataComponents } from './plain-text';

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
