/** A headless Chromium for Lighthouse: shared by `npm run check:lighthouse` and `npm run bench`. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import { chromiumArgs } from './chromium.ts';

/** A headless Chromium with its own throwaway profile, for Lighthouse to drive over `port`. */
export async function launchChrome(chromePath: string): Promise<{ port: number; kill: () => void }> {
	const userDataDir = mkdtempSync(join(tmpdir(), 'lighthouse-chrome-'));
	const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...chromiumArgs], userDataDir });
	return {
		port: chrome.port,
		kill: () => {
			chrome.kill();
			rmSync(userDataDir, { recursive: true, force: true });
		},
	};
}
