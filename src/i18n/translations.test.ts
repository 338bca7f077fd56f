import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fieldDifferences, pickText, restatedText, textVersion, withTranslation } from './translations';

const step = z.strictObject({ id: z.string(), text: z.string() });
const phase = z.strictObject({ title: z.string(), note: z.string().optional(), steps: z.array(step) });

const english = {
	title: 'The first day',
	order: 2,
	steps: [
		{ id: 'clean-hands', action: 'do', text: 'Wash your hands.' },
		{ id: 'no-makeup', action: 'dont', text: "Don't wear makeup." },
	],
	lastReviewed: '2026-12-01',
};

describe('pickText', () => {
	it('keeps the fields a translation schema has, in lists too, and drops the rest', () => {
		expect(pickText(phase, english)).toEqual({
			title: 'The first day',
			steps: [
				{ id: 'clean-hands', text: 'Wash your hands.' },
				{ id: 'no-makeup', text: "Don't wear makeup." },
			],
		});
	});
});

describe('fieldDifferences', () => {
	it('lists the fields a translation lacks and the ones its English entry does not have', () => {
		const translated = { title: 'El primer día', note: 'Una nota.', steps: [{ id: 'clean-hands', text: 'Lávese las manos.' }] };
		expect(fieldDifferences(pickText(phase, english), translated)).toEqual({
			missing: ['steps.1.id', 'steps.1.text'],
			extra: ['note'],
		});
	});

	it('leaves lists of names alone: each language has its own', () => {
		expect(fieldDifferences({ aliases: ['CIT'] }, { aliases: ['TIC', 'micropunción'] })).toEqual({ missing: [], extra: [] });
	});
});

describe('restatedText and textVersion', () => {
	const translation = {
		translates: 'x',
		title: 'El primer día',
		steps: [
			{ id: 'clean-hands', text: '…' },
			{ id: 'no-makeup', text: '…' },
		],
	};
	const version = (entry: typeof english) => textVersion(restatedText(entry, translation));

	it('takes the English words at the fields the translation has, and nothing else', () => {
		expect(restatedText(english, translation)).toEqual({
			steps: [
				{ id: 'clean-hands', text: 'Wash your hands.' },
				{ id: 'no-makeup', text: "Don't wear makeup." },
			],
			title: 'The first day',
		});
	});

	it('changes when the English words change, and only then', () => {
		expect(version({ ...english, lastReviewed: '2027-01-01', order: 3 })).toBe(version(english));
		expect(version({ ...english, title: 'The first 24 hours' })).not.toBe(version(english));
		expect(version(english)).toMatch(/^[0-9a-f]{12}$/);
	});

	it('counts an MDX body as words', () => {
		expect(textVersion({ question: 'Does it hurt?' }, 'An answer.')).not.toBe(
			textVersion({ question: 'Does it hurt?' }, 'Another answer.'),
		);
	});
});

describe('withTranslation', () => {
	it('lays the words over the English data and keeps everything else', () => {
		const translated = withTranslation(english, {
			translates: 'abc',
			title: 'El primer día',
			steps: [
				{ id: 'clean-hands', text: 'Lávese las manos.' },
				{ id: 'no-makeup', text: 'No se maquille.' },
			],
		});
		expect(translated).toEqual({
			title: 'El primer día',
			order: 2,
			steps: [
				{ id: 'clean-hands', action: 'do', text: 'Lávese las manos.' },
				{ id: 'no-makeup', action: 'dont', text: 'No se maquille.' },
			],
			lastReviewed: '2026-12-01',
		});
	});

	it('gives a language its own list of names', () => {
		expect(
			withTranslation({ term: 'Microneedling', aliases: ['CIT', 'skin needling'] }, { term: 'Micropunción', aliases: ['TIC'] }),
		).toEqual({
			term: 'Micropunción',
			aliases: ['TIC'],
		});
	});
});
