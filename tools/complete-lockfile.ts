/**
 * Adds lock-file entries for platform-specific optional packages that npm left out.
 *
 * The registry these machines reach does not serve every platform build of some native
 * packages (for example `@astrojs/compiler-binding-darwin-arm64`). npm then writes a lock file
 * without them, and `npm ci` refuses it as out of sync. Each missing package is optional and
 * built for another platform, so an entry with its `os`/`cpu`/`libc` (read from its name) lets
 * `npm ci` skip it here and fetch it by name and version on the platform that needs it.
 *
 * Run after changing dependencies: `npm install && npm run lock:complete`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { platformOfPackage } from './system/platform.ts';

interface LockEntry {
	version?: string;
	dev?: boolean;
	optional?: boolean;
	optionalDependencies?: Record<string, string>;
	[key: string]: unknown;
}

const path = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8')) as { packages: Record<string, LockEntry> };
const added: string[] = [];
for (const [key, entry] of Object.entries(lock.packages)) {
	for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
		const target = `node_modules/${name}`;
		if (lock.packages[target]) continue;
		const platform = platformOfPackage(name);
		if (!platform)
			throw new Error(
				`${key} lists the optional package ${name}, which the lock file lacks and whose platform cannot be read from its name. Add it by hand.`,
			);
		lock.packages[target] = { version, ...platform, ...(entry.dev ? { dev: true } : {}), optional: true };
		added.push(`${name}@${version}`);
	}
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length > 0 ? `Added ${added.length} platform packages: ${added.join(', ')}` : 'The lock file was already complete.');
