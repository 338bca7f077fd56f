import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { contentLoader, explainingYamlErrors, withCheck, withYamlHint, yamlHint } from './loaders';

/** A loader context with only the store and a logger that keeps its warnings, which is all `withCheck` uses. */
function contextWith(entries: { id: string; filePath?: string; data: Record<string, unknown> }[], warned: string[] = []): LoaderContext {
	return { store: { values: () => entries }, logger: { warn: (message: string) => warned.push(message) } } as unknown as LoaderContext;
}

const innerLoader: Loader = { name: 'glob-loader', load: async () => {} };

describe('withCheck', () => {
	it('passes every stored entry to the check after the inner loader ran', async () => {
		const seen: unknown[] = [];
		const loader = withCheck<{ question: string }>(innerLoader, 'faq', {
			errors: (entries) => {
				seen.push(...entries);
				return [];
			},
		});
		await loader.load(contextWith([{ id: 'a', filePath: 'content/faq/a.mdx', data: { question: 'Q?' } }]));
		expect(loader.name).toBe('checked-glob-loader');
		expect(seen).toEqual([{ id: 'a', file: 'content/faq/a.mdx', data: { question: 'Q?' }, body: '' }]);
	});

	it('hands the entries over in file order, whatever order they were stored in', async () => {
		const files: string[] = [];
		const loader = withCheck(innerLoader, 'faq', {
			errors: (entries) => {
				files.push(...entries.map((entry) => entry.file));
				return [];
			},
		});
		await loader.load(
			contextWith([
				{ id: 'b', filePath: 'faq/b.mdx', data: {} },
				{ id: 'a', filePath: 'faq/a.mdx', data: {} },
			]),
		);
		expect(files).toEqual(['faq/a.mdx', 'faq/b.mdx']);
	});

	it('throws one message listing every error, file first', async () => {
		const loader = withCheck(innerLoader, 'faq', {
			errors: () => [{ file: 'content/faq/b.mdx', field: 'question', message: 'Asked twice.' }],
		});
		await expect(loader.load(contextWith([]))).rejects.toThrow(
			'The faq content has 1 problem:\n  content/faq/b.mdx → question: Asked twice.',
		);
	});

	it('logs warnings in the same form and lets the load finish', async () => {
		const warned: string[] = [];
		const loader = withCheck(innerLoader, 'faq', {
			errors: () => [],
			warnings: () => [
				{ file: 'content/faq/a.mdx', field: 'nextReview', message: 'Due.' },
				{ file: 'content/faq/b.mdx', field: 'nextReview', message: 'Due.' },
			],
		});
		await loader.load(contextWith([], warned));
		expect(warned).toEqual([
			'The faq content has 2 problems:\n  content/faq/a.mdx → nextReview: Due.\n  content/faq/b.mdx → nextReview: Due.',
		]);
	});

	it('logs nothing when there is nothing to warn about', async () => {
		const warned: string[] = [];
		await withCheck(innerLoader, 'faq', { warnings: () => [] }).load(contextWith([], warned));
		expect(warned).toEqual([]);
	});
});

describe('contentLoader', () => {
	it('uses Astro’s file loader for file collections and the glob loader for folders', () => {
		expect(contentLoader('sources').name).toBe('file-loader');
		expect(contentLoader('faq').name).toBe('glob-loader');
		expect(contentLoader('faq', { errors: () => [] }).name).toBe('checked-glob-loader');
	});
});

describe('withYamlHint', () => {
	it('adds the fix to a YAML parse error, keeping its message', () => {
		const error = Object.assign(new Error('bad indentation of a mapping entry'), { name: 'YAMLException' });
		expect(withYamlHint(error)).toMatchObject({ message: 'bad indentation of a mapping entry', hint: yamlHint });
	});

	it('leaves any other error alone', () => {
		const error = new Error('The faq content has 1 problem');
		expect(withYamlHint(error)).not.toHaveProperty('hint');
	});

	it('is applied to what a wrapped loader throws, and the loader keeps its name', async () => {
		const yamlError = Object.assign(new Error('unexpected end of the stream'), { name: 'YAMLException' });
		const loader = explainingYamlErrors({ name: 'glob-loader', load: async () => Promise.reject(yamlError) });
		expect(loader.name).toBe('glob-loader');
		await expect(loader.load(contextWith([]))).rejects.toMatchObject({ message: 'unexpected end of the stream', hint: yamlHint });
	});
});
