/**
 * `npm test`: the whole suite, in the order a change must pass it. Each stage streams its own
 * output; at the end a table gives each stage's counts and time, then the totals.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './system/chromium.ts';
import { ensureJava } from './system/java.ts';
import { readStageReport } from './checks/stage-report.ts';

interface StageResult {
	passed: number;
	failed: number;
	note: string;
}

/** Runs a command, streaming its output, and resolves with its exit code and captured text. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; output: string }> {
	return new Promise((resolve) => {
		const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk;
			process.stdout.write(chunk);
		});
		child.stderr.on('data', (chunk: Buffer) => {
			output += chunk;
			process.stderr.write(chunk);
		});
		child.on('close', (code) => resolve({ code: code ?? 1, output }));
	});
}

/** Passed and failed counts from a Vitest or Playwright JSON report. */
function vitestCounts(file: string): StageResult {
	const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
	return { passed: report.numPassedTests, failed: report.numFailedTests, note: 'tests' };
}

function playwrightCounts(file: string): StageResult {
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

const stages: { name: string; run: () => Promise<StageResult> }[] = [
	{
		name: 'Type check',
		run: async () => {
			const { code, output } = await run(bin('astro'), ['check']);
			const match = output.match(/Result \((\d+) files?\):\s*-?\s*(\d+) errors?/);
			const files = Number(match?.[1] ?? 0);
			const errors = code === 0 ? Number(match?.[2] ?? 0) : Math.max(1, Number(match?.[2] ?? 1));
			return { passed: errors === 0 ? files : 0, failed: errors, note: 'files / errors' };
		},
	},
	{
		name: 'Unit tests',
		run: async () => {
			const report = 'test-results/unit.json';
			const { code } = await run(bin('vitest'), [
				'run',
				'--project',
				'unit',
				'--reporter=default',
				'--reporter=json',
				`--outputFile.json=${report}`,
			]);
			return existsSync(report) ? vitestCounts(report) : { passed: 0, failed: Math.max(code, 1), note: 'no report' };
		},
	},
	{
		name: 'Content checks',
		run: async () => {
			const report = 'test-results/content.json';
			const fixtures = await run(bin('vitest'), [
				'run',
				'--project',
				'content',
				'--reporter=default',
				'--reporter=json',
				`--outputFile.json=${report}`,
			]);
			const prose = await run(process.execPath, ['tools/check-content.ts']);
			const terminology = await run(process.execPath, ['tools/lint-terminology.ts']);
			const counts = existsSync(report) ? vitestCounts(report) : { passed: 0, failed: Math.max(fixtures.code, 1), note: '' };
			const checks = [prose, terminology];
			return {
				passed: counts.passed + checks.filter(({ code }) => code === 0).length,
				failed: counts.failed + checks.filter(({ code }) => code !== 0).length,
				note: 'fixture tests + prose check + terminology lint',
			};
		},
	},
	{
		name: 'Production build',
		run: async () => {
			const { code } = await run('npm', ['run', '--silent', 'build']);
			return code === 0 ? { passed: htmlPages('dist'), failed: 0, note: 'pages built' } : { passed: 0, failed: 1, note: 'build failed' };
		},
	},
	{
		name: 'Spelling',
		run: async () => {
			const { code, output } = await run(process.execPath, ['tools/check-spelling.ts']);
			const match = output.match(/Spelling: (\d+) files checked, (\d+) with errors/);
			const files = Number(match?.[1] ?? 0);
			const withErrors = Number(match?.[2] ?? 0);
			const failed = code === 0 ? withErrors : Math.max(withErrors, 1);
			return { passed: Math.max(files - withErrors, 0), failed, note: 'files without / with spelling errors (content and built pages)' };
		},
	},
	{
		name: 'HTML validity',
		run: async () => {
			const java = ensureJava();
			console.log(`Using Java at ${java}`);
			const { code, output } = await run(process.execPath, ['tools/check-html.ts'], { ...process.env, JAVA: java });
			const match = output.match(/HTML validity: (\d+) pages checked, (\d+) with errors/);
			const pages = Number(match?.[1] ?? 0);
			const invalid = Number(match?.[2] ?? 0);
			const failed = code === 0 ? invalid : Math.max(invalid, 1);
			return { passed: pages - invalid, failed, note: 'valid pages / pages with errors (Nu HTML Checker)' };
		},
	},
	{
		name: 'Links',
		run: async () => {
			const { code, output } = await run(process.execPath, ['tools/check-links.ts']);
			const match = output.match(/(\d+) internal links checked .*?, (\d+) broken; .*?, (\d+) not https/);
			const problems = Number(match?.[2] ?? 0) + Number(match?.[3] ?? 0);
			const failed = code === 0 ? problems : Math.max(problems, 1);
			return { passed: Number(match?.[1] ?? 0), failed, note: 'internal links resolved / broken or not https' };
		},
	},
	{
		name: 'Lighthouse',
		run: async () => {
			const chromium = await ensureChromium();
			const { code } = await run(process.execPath, ['tools/check-lighthouse.ts'], { ...process.env, CHROMIUM_PATH: chromium });
			return readStageReport('lighthouse', code);
		},
	},
	{
		name: 'End-to-end',
		run: async () => {
			const chromium = await ensureChromium();
			console.log(`Using Chromium at ${chromium}`);
			const report = 'test-results/e2e.json';
			const { code } = await run(bin('playwright'), ['test'], { ...process.env, CHROMIUM_PATH: chromium });
			return existsSync(report) ? playwrightCounts(report) : { passed: 0, failed: Math.max(code, 1), note: 'no report' };
		},
	},
];

rmSync('test-results', { recursive: true, force: true });
const results: { name: string; result: StageResult; seconds: number }[] = [];
for (const stage of stages) {
	console.log(`\n━━ ${stage.name} ━━`);
	const start = performance.now();
	let result: StageResult;
	try {
		result = await stage.run();
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		result = { passed: 0, failed: 1, note: 'could not run' };
	}
	results.push({ name: stage.name, result, seconds: (performance.now() - start) / 1000 });
	if (result.failed > 0) break;
}

console.log('\n━━ Summary ━━');
for (const { name, result, seconds } of results) {
	console.log(
		`${name.padEnd(18)} ${String(result.passed).padStart(5)} passed ${String(result.failed).padStart(4)} failed  ${seconds.toFixed(1).padStart(6)} s  (${result.note})`,
	);
}
for (const stage of stages.slice(results.length)) console.log(`${stage.name.padEnd(18)} not run: an earlier stage failed`);
const failed = results.reduce((sum, { result }) => sum + result.failed, 0) + (stages.length - results.length);
// Files, pages, links and scores are counts, not tests: the total counts tests only.
const counts = new Set(['Type check', 'Production build', 'Spelling', 'HTML validity', 'Links', 'Lighthouse']);
const testsPassed = results.filter(({ name }) => !counts.has(name)).reduce((sum, { result }) => sum + result.passed, 0);
console.log(`\n${testsPassed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
