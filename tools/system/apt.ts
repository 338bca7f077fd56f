/** Installs a Debian package for `npm test` when this process may: as root, with apt-get. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Whether this process may install Debian packages. */
export function mayInstallPackages(): { isRoot: boolean; hasApt: boolean } {
	return { isRoot: process.getuid?.() === 0, hasApt: existsSync('/usr/bin/apt-get') };
}

/** `apt-get update`, then `apt-get install` of one package, without its recommended ones unless asked. */
export function aptInstall(name: string, { recommends = false } = {}): void {
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', ...(recommends ? [] : ['--no-install-recommends']), name], { stdio: 'inherit', env });
}
