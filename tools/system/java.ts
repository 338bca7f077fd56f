/**
 * Finds the Java that runs the Nu HTML Checker (`vnu.jar`, which needs Java 17 or later). vnu-jar's
 * own install script would download a Java runtime; it is denied here, so Debian's
 * `default-jre-headless` is the usual answer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { aptInstall, mayInstallPackages } from './apt.ts';

/** The oldest Java that runs vnu.jar (its `--help` says "Java17+"). */
const minimumJava = 17;

/** The Debian package `npm test` installs when it finds no Java. */
const javaPackage = 'default-jre-headless';

/** Where to look, in order: an explicit `JAVA`, `$JAVA_HOME/bin/java`, each `PATH` entry, then Debian's. */
export function javaCandidates(env: Record<string, string | undefined>): string[] {
	const onPath = (env.PATH ?? '')
		.split(delimiter)
		.filter(Boolean)
		.map((dir) => join(dir, 'java'));
	const candidates = [env.JAVA, env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : undefined, ...onPath, '/usr/bin/java'];
	return [...new Set(candidates.filter((path): path is string => Boolean(path)))];
}

/** The first candidate that exists, or `undefined`. */
export function findJava(
	env: Record<string, string | undefined> = process.env,
	exists: (path: string) => boolean = existsSync,
): string | undefined {
	return javaCandidates(env).find(exists);
}

/**
 * The major version from `java -version` output (it prints to stderr): `openjdk version "17.0.15"`
 * → 17, `java version "1.8.0_402"` → 8. `undefined` when there is no version in it.
 */
export function javaMajor(versionOutput: string): number | undefined {
	const match = versionOutput.match(/version "(\d+)(?:\.(\d+))?/);
	if (!match) return undefined;
	const first = Number(match[1]);
	return first === 1 && match[2] ? Number(match[2]) : first;
}

type JavaPlan = { action: 'use'; java: string } | { action: 'install'; reason: string } | { action: 'fail'; reason: string };

/**
 * What to do, given what was found: use a new enough Java; otherwise install Debian's package when
 * this process may (root, with apt-get); otherwise stop with a reason that names the fix.
 */
export function javaPlan(found: { java?: string; major?: number }, system: { isRoot: boolean; hasApt: boolean }): JavaPlan {
	if (found.java && found.major !== undefined && found.major >= minimumJava) return { action: 'use', java: found.java };
	const problem = !found.java
		? 'No Java found for the HTML check (the Nu HTML Checker, vnu.jar, runs on Java).'
		: found.major === undefined
			? `${found.java} did not say which Java it is (java -version).`
			: `${found.java} is Java ${found.major}; the Nu HTML Checker needs Java ${minimumJava} or later.`;
	if (system.isRoot && system.hasApt)
		return { action: 'install', reason: `${problem} Installing Debian’s ${javaPackage} (apt-get install -y ${javaPackage})…` };
	return {
		action: 'fail',
		reason: `${problem} Install Java ${minimumJava}+ (Debian: \`sudo apt-get install ${javaPackage}\`) or set JAVA to a java executable, then run again.`,
	};
}

/** The Java found and its major version, from its `java -version` (which prints to stderr). */
export function inspectJava(env: Record<string, string | undefined>): { java?: string; major?: number } {
	const java = findJava(env);
	if (!java) return {};
	const { stdout, stderr } = spawnSync(java, ['-version'], { encoding: 'utf8' });
	return { java, major: javaMajor(`${stdout ?? ''}${stderr ?? ''}`) };
}

/**
 * Returns a usable Java, installing Debian's package when none is found and this process may
 * (root, with apt-get). Otherwise it throws a message that names the fix.
 */
export function ensureJava(log: (line: string) => void = console.log, env: Record<string, string | undefined> = process.env): string {
	const plan = javaPlan(inspectJava(env), mayInstallPackages());
	if (plan.action === 'use') return plan.java;
	if (plan.action === 'fail') throw new Error(plan.reason);
	log(plan.reason);
	aptInstall(javaPackage);
	const after = javaPlan(inspectJava(env), { isRoot: false, hasApt: false });
	if (after.action === 'use') return after.java;
	throw new Error(`Installed ${javaPackage}, but still: ${after.reason}`);
}
