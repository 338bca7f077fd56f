import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { contentLoader, withCheck } from './loaders';

/** A loader context with only the store, which is all `withCheck` reads. */
function contextWith(entries: { id: string; filePath?: string; data: Record<string, unknown> }[]): LoaderContext {
	return { store: { values: () => entries } } as unknown as LoaderContext;
}

const innerLoader: Loader = { name: 'glob-loader', load: async () => {} };

describe('withCheck', () => {
	it('passes every stored entry to the check after the inner loader ran', async () => {
		const seen: unknown[] = [];
		const loader = withCheck<{ question: string }>(innerLoader, 'faq', (entries) => {
			seen.push(...entries);
			return [];
		});
		await loader.load(contextWith([{ id: 'a', filePath: 'content/faq/a.mdx', data: { question: 'Q?' } }]));
		expect(loader.name).toBe('checked-glob-loader');
		expect(seen).toEqual([{ id: 'a', file: 'content/faq/a.mdx', data: { question: 'Q?' } }]);
	});

	it('hands the entries over in file order, whatever order they were stored in', async () => {
		const files: string[] = [];
		const loader = withCheck(innerLoader, 'faq', (entries) => {
			files.push(...entries.map((entry) => entry.file));
			return [];
		});
		await loader.load(contextWith([{ id: 'b', filePath: 'faq/b.mdx', data: {} }, { id: 'a', filePath: 'faq/a.mdx', data: {} }]));
		expect(files).toEqual(['faq/a.mdx', 'faq/b.mdx']);
	});

	it('throws one message listing every problem, file first', async () => {
		const loader = withCheck(innerLoader, 'faq', () => [
			{ file: 'content/faq/b.mdx', field: 'question', message: 'Asked twice.' },
		]);
		await expect(loader.load(contextWith([]))).rejects.toThrow(
			'The faq content has 1 problem:\n  content/faq/b.mdx → question: Asked twice.',
		);
	});
});

describe('contentLoader', () => {
	it('uses Astro’s file loader for file collections and the glob loader for folders', () => {
		expect(contentLoader('sources').name).toBe('file-loader');
		expect(contentLoader('faq').name).toBe('glob-loader');
		expect(contentLoader('faq', () => []).name).toBe('checked-glob-loader');
	});
});
