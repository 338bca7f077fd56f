/**
 * `npm run check:html [dir]`: every built page (default `dist/`, Pagefind's index left out) must
 * pass the W3C Nu HTML Checker (vnu.jar, from the vnu-jar package) with no errors. All pages go
 * to one Java process, which reads the files (vnu refuses localhost URLs). Prints one
 * `file:line:column: reason` line per error and a count; exits 1 on any error.
 *
 * Set aside, and counted in the summary: the checker's known CSS gaps (modern CSS it does not
 * know, listed with reasons in tools/checks/html-check.ts). Java: `JAVA`, `JAVA_HOME`, `PATH`;
 * `npm test` installs Debian's default-jre-headless first when there is none and it may.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { builtPages, formatProblem, type HtmlProblem, parseVnuJson, sortMessages, type VnuMessage } from './checks/html-check.ts';
import { writeStageReport } from './checks/stage-report.ts';
import { inspectJava, javaPlan } from './system/java.ts';

const dir = process.argv[2] ?? 'dist';
const started = performance.now();

function finish(pages: number, problems: HtmlProblem[], setAside = new Map<string, number>()): void {
	for (const problem of problems) console.error(formatProblem(problem));
	const files = new Set(problems.map(({ file }) => file)).size;
	if (setAside.size > 0) {
		console.log('Set aside (not errors in our pages, see tools/checks/html-check.ts):');
		for (const [reason, count] of [...setAside].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(5)} × ${reason}`);
	}
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`HTML validity: ${pages} pages checked, ${files} with errors (${problems.length} errors) in ${seconds} s.`);
	writeStageReport('html', {
		passed: Math.max(pages - files, 0),
		failed: files,
		note: 'valid pages / pages with errors (Nu HTML Checker)',
	});
	process.exitCode = problems.length > 0 ? 1 : 0;
}

/** Runs a command and resolves with its exit code and both streams. */
function run(command: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
	});
}

if (!existsSync(dir)) {
	finish(0, [{ file: dir, reason: 'no such folder (run `npm run build` first)' }]);
} else {
	const pages = builtPages(dir);
	const found = inspectJava(process.env);
	const plan = javaPlan(found, { isRoot: false, hasApt: false });
	if (pages.length === 0) {
		finish(0, [{ file: dir, reason: 'no HTML pages in it (run `npm run build` first)' }]);
	} else if (plan.action !== 'use') {
		finish(0, [{ file: dir, reason: `not checked: ${plan.reason}` }]);
	} else {
		const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
		// A run of seconds never repays the optimising compiler: the quick one alone (TieredStopAtLevel=1)
		// halves the CPU time, but its deeper frames overflow the stack vnu's schema needs at 1 MB.
		const jvm = ['-XX:TieredStopAtLevel=1', '-Xss8m'];
		// --stdout keeps the JSON report apart from anything the JVM says on stderr.
		const vnu = ['--errors-only', '--skip-non-html', '--format', 'json', '--stdout'];
		const { stdout, stderr } = await run(plan.java, [...jvm, '-jar', vnuJar, ...vnu, ...pages]);
		let messages: VnuMessage[] | undefined;
		try {
			messages = parseVnuJson(stdout);
		} catch (error) {
			finish(0, [{ file: dir, reason: `not checked: ${(error as Error).message}\n${stderr.trim()}` }]);
		}
		if (messages) {
			const { problems, setAside } = sortMessages(messages, process.cwd());
			finish(pages.length, problems, setAside);
		}
	}
}
