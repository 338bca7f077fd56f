import type { KnipConfig } from 'knip';

/**
 * Knip's plugins find most entry points on their own: Astro (astro.config.mjs, src/pages/**,
 * src/content.config.ts), Vitest (both projects' test files), Playwright (e2e/**), ESLint and
 * the npm scripts (the tools/*.ts CLIs and every binary they run). Listed here is what they
 * cannot see.
 */
const config: KnipConfig = {
	entry: [
		// Browser scripts that pages bundle by path (`bundleScript`, `inlineScript`), not by import.
		'src/client/clinic-sheet.ts',
		'src/client/copy-links.ts',
		'src/client/embed-loader.ts',
		'src/client/is-this-normal.ts',
	],
	// Code only: content/ and the test fixtures hold MDX that the content loaders read by glob.
	project: ['**/*.{ts,mjs,js,astro,css}'],
	// The spelling check runs cspell-lib, not the cspell command, so knip would not look for the
	// config that imports the medical-terms dictionary.
	cspell: { config: ['cspell.config.yaml'] },
	ignoreDependencies: [
		// The Node 24 binary npm scripts run; knip reads `node` in a script as the built-in command.
		'node',
		// tools/check-html.ts finds the jar with `createRequire(…)('vnu-jar')`, which knip does not follow.
		'vnu-jar',
		// eslint-plugin-astro loads it for its `jsx-a11y-recommended` config.
		'eslint-plugin-jsx-a11y',
		// tools/system/lighthouse-ci.ts runs its CLI by path, which knip does not follow.
		'@lhci/cli',
	],
};

export default config;
