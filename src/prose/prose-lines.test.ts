import { describe, expect, it } from 'vitest';
import { contentProse } from './prose-lines';

describe('contentProse', () => {
	it('keeps every line in place, prose values only, without quotes and where they are', () => {
		const source = [
			'---',
			'question: Does it take 3 days?',
			'topic: safety',
			'citation:',
			'  quote: It took 4 days.',
			'  where: >-',
			'    Table 2, days',
			'---',
			'Body text, 5 days.',
		].join('\n');
		const prose = contentProse(source, 'mdx');
		expect(prose.text.split('\n')).toEqual(['', 'Does it take 3 days?', '', '', '', '', '', '', 'Body text, 5 days.']);
		expect(prose.bodyStart).toBe(9);
	});

	it('reads a YAML file as all fields, with no body', () => {
		const prose = contentProse('title: The first week\nsteps:\n  - id: a-1\n    text: Rest.\n    quote: Six days.\n', 'yaml');
		expect(prose.text).toBe('The first week\n\n\nRest.\n\n');
		expect(prose.bodyStart).toBe(Infinity);
	});
});
