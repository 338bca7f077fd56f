/**
 * Runs Lighthouse CI (`lhci`, with tools/lighthouserc.yml) for `npm run check:lighthouse` and
 * `npm run bench`, and reads what it saved. lhci keeps its results in `.lighthouseci/` under
 * the folder it runs in, so each caller gives it a folder of its own.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { chromiumArgs } from './chromium.ts';

const root = resolve(import.meta.dirname, '..', '..');
const config = join(root, 'tools', 'lighthouserc.yml');

/** Runs `lhci <command>` in `dir`, its output shown as it comes; resolves with the exit code. */
export function lhci(command: 'collect' | 'assert', args: string[], dir: string): Promise<number> {
	// lhci starts each Lighthouse run as `node` from PATH: this Node, not an older one found first.
	const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` };
	const cli = join(root, 'node_modules', '@lhci', 'cli', 'src', 'cli.js');
	return new Promise((done) => {
		const child = spawn(process.execPath, [cli, command, `--config=${config}`, ...args], { cwd: dir, env, stdio: 'inherit' });
		child.on('close', (code) => done(code ?? 1));
	});
}

/** The arguments of `lhci collect` for these pages in this Chromium, with this machine's flags. */
export function collectArgs(chromePath: string, urls: string[]): string[] {
	return [`--chromePath=${chromePath}`, `--settings.chromeFlags=${chromiumArgs.join(' ')}`, ...urls.map((url) => `--url=${url}`)];
}

/** The Lighthouse results (LHRs) `lhci collect` saved in `dir`. */
export function savedResults<Lhr>(dir: string): Lhr[] {
	const saved = join(dir, '.lighthouseci');
	if (!existsSync(saved)) return [];
	return readdirSync(saved)
		.filter((name) => /^lhr-\d+\.json$/.test(name))
		.map((name) => JSON.parse(readFileSync(join(saved, name), 'utf8')) as Lhr);
}

/** One assertion of `lhci assert`, as it writes them to `assertion-results.json`. */
interface AssertionResult {
	url: string;
	auditId?: string;
	auditProperty?: string;
	passed: boolean;
	level: string;
	actual: number;
	expected: number;
}

/** The assertions `lhci assert` wrote in `dir` (none when it did not run). */
export function assertionResults(dir: string): AssertionResult[] {
	const file = join(dir, '.lighthouseci', 'assertion-results.json');
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as AssertionResult[]) : [];
}
