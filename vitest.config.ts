import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'tools/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'content',
					include: ['tests/content/**/*.test.ts'],
					// Each case runs `astro sync` on a fixture folder; one at a time keeps them apart.
					fileParallelism: false,
					testTimeout: 60_000,
				},
			},
		],
	},
});
