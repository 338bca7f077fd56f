import { describe, expect, it } from 'vitest';
import { mdxToPlainText } from './plain-text';

describe('mdxToPlainText', () => {
	const facts: Record<string, string> = { 'course-sessions': '3 to 6 sessions' };
	const value = (id: string) => facts[id] ?? `?${id}`;

	it('replaces facts with their values and strips Markdown', () => {
		const body = '**Yes.** Most plans are <Fact id="course-sessions" />.\n\n- See [aftercare](/aftercare/)\n- Use `SPF`\n\n## More';
		expect(mdxToPlainText(body, value)).toBe('Yes. Most plans are 3 to 6 sessions. See aftercare Use SPF More');
	});

	it('accepts single quotes and removes other tags', () => {
		expect(mdxToPlainText("<Fact id='course-sessions' /> <abbr>CIT</abbr>", value)).toBe('3 to 6 sessions CIT');
	});
});
