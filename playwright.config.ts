import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './tools/system/chromium';

/** The tests run against the production build in `dist/`, served the way `npm start` serves it. */
const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: true,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions: { executablePath: findChromium(), args: chromiumArgs },
	},
	webServer: {
		// `--ignore-lock` lets the tests run while `npm start` serves the site on its own port.
		command: `astro preview --port ${port} --ignore-lock`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
