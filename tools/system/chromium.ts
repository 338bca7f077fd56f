/**
 * Finds the Chromium that Playwright and Lighthouse drive. Playwright cannot download its own
 * browsers on these machines, so Debian's `chromium` is the usual answer.
 */
import { existsSync } from 'node:fs';
import { aptInstall, mayInstallPackages } from './apt.ts';

/** Where to look, in order: an explicit `CHROMIUM_PATH`, Debian's package, then Playwright's own. */
export function chromiumCandidates(env: Record<string, string | undefined>, playwrightPath: string | undefined): string[] {
	return [env.CHROMIUM_PATH, '/usr/bin/chromium', playwrightPath].filter((path): path is string => Boolean(path));
}

/** The first candidate that exists, or `undefined`. */
export function findChromium(
	env: Record<string, string | undefined> = process.env,
	playwrightPath: string | undefined = undefined,
	exists: (path: string) => boolean = existsSync,
): string | undefined {
	return chromiumCandidates(env, playwrightPath).find(exists);
}

/** The launch flags this machine needs: no sandbox as root, and no calls home (there is no network). */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/**
 * Returns a usable Chromium, installing Debian's package when none is found and this process
 * may (root, with apt-get). Otherwise it throws a message that names the fix.
 */
export async function ensureChromium(log: (line: string) => void = console.log): Promise<string> {
	const playwrightPath = await import('playwright-core').then(({ chromium }) => chromium.executablePath()).catch(() => undefined);
	const found = findChromium(process.env, playwrightPath);
	if (found) return found;
	const { isRoot, hasApt } = mayInstallPackages();
	if (isRoot && hasApt) {
		log('No Chromium found: installing Debian’s chromium package (apt-get install -y chromium)…');
		aptInstall('chromium', { recommends: true });
		const installed = findChromium(process.env, playwrightPath);
		if (installed) return installed;
	}
	throw new Error(
		'No Chromium found for the browser tests. Install one (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome executable, then run `npm test` again.',
	);
}
