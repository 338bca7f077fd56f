/**
 * `npm test`: the whole suite, in the order a change must pass it. Each stage streams its own
 * output; at the end a table gives each stage's counts and time, then the totals. Counts come
 * from files, never from the printed output: Vitest's and Playwright's JSON reports, the
 * reports our checks write (tools/checks/stage-report.ts), the built pages, or else the exit
 * code, as one check.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readStageReport, type StageCounts } from './checks/stage-report.ts';
import { ensureChromium } from './system/chromium.ts';
import { ensureJava } from './system/java.ts';
import { ensureNginx } from './system/nginx.ts';

/** Runs a command with its output shown as it comes, and resolves with its exit code. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
	return new Promise((resolve) => {
		const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
		child.on('error', (error) => {
			console.error(error.message);
			resolve(1);
		});
		child.on('close', (code) => resolve(code ?? 1));
	});
}

/** A command that gives no counts: one check, passed or failed by its exit code. */
const byExitCode = (code: number, note: string): StageCounts => ({ passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, note });

/** Passed and failed counts from a Vitest JSON report. */
function vitestCounts(file: string, code: number): StageCounts {
	if (!existsSync(file)) return { passed: 0, failed: Math.max(code, 1), note: 'no report' };
	const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
	return { passed: report.numPassedTests, failed: report.numFailedTests, note: 'tests' };
}

/** Passed and failed counts from a Playwright JSON report. */
function playwrightCounts(file: string, code: number): StageCounts {
	if (!existsSync(file)) return { passed: 0, failed: Math.max(code, 1), note: 'no report' };
	const report = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } };
	return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, note: 'tests' };
}

function htmlPages(dir: string): number {
	return readdirSync(dir).reduce((count, name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return count + (name === 'pagefind' ? 0 : htmlPages(path));
		return count + (name.endsWith('.html') ? 1 : 0);
	}, 0);
}

const bin = (name: string) => join('node_modules', '.bin', name);
const vitest = (project: string, report: string) =>
	run(bin('vitest'), ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
const node = (script: string, env?: NodeJS.ProcessEnv) => run(process.execPath, [script], env);

interface Stage {
	name: string;
	/** Counts tests: only these add to the total line. Files, pages, links and scores do not. */
	tests?: boolean;
	run: () => Promise<StageCounts>;
}

const stages: Stage[] = [
	{ name: 'Lint', run: async () => byExitCode(await run('npm', ['run', '--silent', 'lint']), 'npm run lint') },
	{
		name: 'Knip',
		run: async () => byExitCode(await run('npm', ['run', '--silent', 'knip']), 'npm run knip: unused files, exports, dependencies'),
	},
	{
		name: 'Type check',
		// astro check prints its counts only as prose, so it counts as one check.
		run: async () => byExitCode(await run(bin('astro'), ['check']), 'astro check'),
	},
	{
		name: 'Unit tests',
		tests: true,
		run: async () => vitestCounts('test-results/unit.json', await vitest('unit', 'test-results/unit.json')),
	},
	{
		name: 'Content checks',
		tests: true,
		run: async () => {
			const fixtures = vitestCounts('test-results/content.json', await vitest('content', 'test-results/content.json'));
			const checks = [await node('tools/check-content.ts'), await node('tools/lint-terminology.ts')];
			return {
				passed: fixtures.passed + checks.filter((code) => code === 0).length,
				failed: fixtures.failed + checks.filter((code) => code !== 0).length,
				note: 'fixture tests + prose check + terminology lint',
			};
		},
	},
	{
		name: 'Production build',
		run: async () => {
			const code = await run('npm', ['run', '--silent', 'build']);
			return code === 0 ? { passed: htmlPages('dist'), failed: 0, note: 'pages built' } : { passed: 0, failed: 1, note: 'build failed' };
		},
	},
	{ name: 'Spelling', run: async () => readStageReport('spelling', await node('tools/check-spelling.ts')) },
	{
		name: 'HTML validity',
		run: async () => {
			const java = ensureJava();
			console.log(`Using Java at ${java}`);
			return readStageReport('html', await node('tools/check-html.ts', { ...process.env, JAVA: java }));
		},
	},
	{ name: 'Links', run: async () => readStageReport('links', await node('tools/check-links.ts')) },
	{
		name: 'Lighthouse',
		run: async () => {
			const chromium = await ensureChromium();
			return readStageReport('lighthouse', await node('tools/check-lighthouse.ts', { ...process.env, CHROMIUM_PATH: chromium }));
		},
	},
	{
		name: 'End-to-end',
		tests: true,
		run: async () => {
			const chromium = await ensureChromium();
			// e2e/nginx.spec.ts serves dist/ with Debian's nginx and deploy/nginx.conf.
			const nginx = ensureNginx();
			console.log(`Using Chromium at ${chromium}, nginx at ${nginx}`);
			const code = await run(bin('playwright'), ['test'], { ...process.env, CHROMIUM_PATH: chromium, NGINX: nginx });
			return playwrightCounts('test-results/e2e.json', code);
		},
	},
];

rmSync('test-results', { recursive: true, force: true });
const results: { stage: Stage; result: StageCounts; seconds: number }[] = [];
for (const stage of stages) {
	console.log(`\n━━ ${stage.name} ━━`);
	const start = performance.now();
	let result: StageCounts;
	try {
		result = await stage.run();
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		result = { passed: 0, failed: 1, note: 'could not run' };
	}
	results.push({ stage, result, seconds: (performance.now() - start) / 1000 });
	if (result.failed > 0) break;
}

console.log('\n━━ Summary ━━');
for (const { stage, result, seconds } of results) {
	console.log(
		`${stage.name.padEnd(18)} ${String(result.passed).padStart(5)} passed ${String(result.failed).padStart(4)} failed  ${seconds.toFixed(1).padStart(6)} s  (${result.note})`,
	);
}
for (const stage of stages.slice(results.length)) console.log(`${stage.name.padEnd(18)} not run: an earlier stage failed`);
const failed = results.reduce((sum, { result }) => sum + result.failed, 0) + (stages.length - results.length);
const testsPassed = results.filter(({ stage }) => stage.tests).reduce((sum, { result }) => sum + result.passed, 0);
console.log(`\n${testsPassed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
