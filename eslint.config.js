// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	globalIgnores([
		'dist/',
		'.astro/',
		'node_modules/',
		'test-results/',
		'playwright-report/',
		'bench/',
		'.lighthouseci/',
		// Deliberately broken content the content tests build.
		'tests/fixtures/',
		'docs/research/',
	]),
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	astro.configs['jsx-a11y-recommended'],
	// Everything runs in Node unless it is listed as browser code below: tools, configs, Astro
	// integrations, endpoints and component frontmatter all run at build time.
	{ languageOptions: { globals: globals.node } },
	{
		// Browser code: the scripts src/client bundles (not the bundler itself) and the <script>s in .astro files.
		files: ['src/client/**', '**/*.astro/*.ts', '**/*.astro/*.js'],
		ignores: ['src/client/bundle.ts'],
		languageOptions: { globals: globals.browser },
	},
	{
		rules: {
			// `const { dropped: _, ...rest } = value` is how a test leaves a field out of a comparison.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
			// A scrolling region (a wide table's wrapper) must take focus so keyboard users can scroll it.
			'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true }],
		},
	},
	{
		// The specs run in Node and hand functions to the page, which run there.
		files: ['e2e/**'],
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
	},
);
