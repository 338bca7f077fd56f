import { describe, expect, it } from 'vitest';
import { findJava, javaCandidates, javaMajor, javaPlan } from './java';

describe('findJava', () => {
	it('prefers JAVA, then JAVA_HOME, then PATH, then Debian’s /usr/bin/java', () => {
		expect(javaCandidates({ JAVA: '/opt/j/java', JAVA_HOME: '/jdk', PATH: '/a:/b' })).toEqual([
			'/opt/j/java',
			'/jdk/bin/java',
			'/a/java',
			'/b/java',
			'/usr/bin/java',
		]);
		expect(javaCandidates({ PATH: '/usr/bin' })).toEqual(['/usr/bin/java']);
		expect(findJava({ JAVA_HOME: '/jdk', PATH: '/a' }, (path) => path === '/a/java')).toBe('/a/java');
	});

	it('finds nothing when no candidate exists', () => {
		expect(findJava({ JAVA: '/nope' }, () => false)).toBeUndefined();
	});
});

describe('javaMajor', () => {
	it('reads the major version from java -version', () => {
		expect(javaMajor('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment')).toBe(17);
		expect(javaMajor('openjdk version "21" 2023-09-19')).toBe(21);
		expect(javaMajor('java version "1.8.0_402"')).toBe(8);
		expect(javaMajor('bash: java: command not found')).toBeUndefined();
	});
});

describe('javaPlan', () => {
	const root = { isRoot: true, hasApt: true };
	const user = { isRoot: false, hasApt: true };

	it('uses a Java 17 or later', () => {
		expect(javaPlan({ java: '/usr/bin/java', major: 17 }, user)).toEqual({ action: 'use', java: '/usr/bin/java' });
	});

	it('installs default-jre-headless as root with apt, and says why', () => {
		const plan = javaPlan({}, root);
		expect(plan.action).toBe('install');
		expect(plan.action === 'install' && plan.reason).toMatch(/No Java found.*default-jre-headless/);
		expect(javaPlan({ java: '/old/java', major: 11 }, root)).toMatchObject({
			action: 'install',
			reason: expect.stringContaining('Java 11'),
		});
	});

	it('otherwise fails with the reason and the fix', () => {
		const plan = javaPlan({}, user);
		expect(plan).toMatchObject({ action: 'fail' });
		expect(plan.action === 'fail' && plan.reason).toMatch(/No Java found.*apt-get install default-jre-headless.*JAVA/);
		expect(javaPlan({ java: '/x/java' }, { isRoot: true, hasApt: false })).toMatchObject({
			action: 'fail',
			reason: expect.stringContaining('did not say which Java'),
		});
	});
});
