/**
 * `astro dev` shows an edited glossary or aftercare file without being restarted by hand. Term
 * links, alias redirects and short links are made with the config, from the files, so the dev
 * server has to reload its config when one of them changes. Each step waits for the server to
 * say it restarted, then fetches. It also starts with one entry past its review date, which must
 * only warn: the server runs, and the page showing the entry says it is due for review.
 *
 * The server runs in a copy of the project with a copy of the real content: `astro dev` keeps its
 * content store in the project's `.astro/`, and entries stored from a temporary folder would
 * point the next `npm run dev` at files that are gone.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

/** What Astro and Vite print when a config reload ends, well or badly. */
const restarted = /server restarted\.|server restart failed|Continuing with previous valid configuration/;

/** A running `astro dev` and its output so far. */
interface DevServer {
	child: ChildProcess;
	output: () => string;
	/** The first match of `pattern` in the output after `from`, as soon as the server prints it. */
	waitFor: (pattern: RegExp, from: number) => Promise<RegExpMatchArray>;
	exited: Promise<unknown>;
}

function startDevServer(project: string, env: Record<string, string>): DevServer {
	// Astro's dev server leaves pages unserved (every one a 404) when it sees Vitest's VITEST.
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
	// Its own process group, so the server and anything it starts end together.
	// `--ignore-lock`: no lock file, and no clash with a dev server someone is already running.
	const child = spawn(join(root, 'node_modules/.bin/astro'), ['dev', '--port', '4414', '--ignore-lock'], {
		cwd: project,
		detached: true,
		env: { ...inherited, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const waiters = new Set<() => void>();
	const exited = new Promise((resolve) => child.once('exit', resolve));
	const append = (chunk: Buffer) => {
		output += chunk.toString();
		for (const check of waiters) check();
	};
	child.stdout!.on('data', append);
	child.stderr!.on('data', append);
	const waitFor = (pattern: RegExp, from: number) =>
		new Promise<RegExpMatchArray>((resolve, reject) => {
			const check = () => {
				const match = output.slice(from).match(pattern);
				if (!match) return;
				waiters.delete(check);
				resolve(match);
			};
			waiters.add(check);
			check();
			void exited.then(() => {
				waiters.delete(check);
				reject(new Error(`astro dev exited before printing ${pattern}:\n${output}`));
			});
		});
	return { child, output: () => output, waitFor, exited };
}

/** The entry the copy makes overdue before the server starts, and the page that shows it. */
const overdueEntry = { file: 'pages/faq.mdx', page: '/faq/', lastReviewed: '2020-01-02', nextReview: '2021-01-04' };

let dir: string;
let content: string;
let server: DevServer | undefined;
let origin: string;

// Copying the project and starting the server take longer than a hook's default limit.
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'astro-dev-reload-'));
	const project = join(dir, 'project');
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'public', 'src', 'content']) {
		cpSync(join(root, entry), join(project, entry), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
	content = join(project, 'content');
	const overdue = join(content, overdueEntry.file);
	writeFileSync(
		overdue,
		readFileSync(overdue, 'utf8')
			.replace(/^lastReviewed: .*$/m, `lastReviewed: ${overdueEntry.lastReviewed}`)
			.replace(/^nextReview: .*$/m, `nextReview: ${overdueEntry.nextReview}`),
	);
	// `content`, relative, as the site sets it: the watch paths must match the watcher's absolute ones.
	server = startDevServer(project, { CONTENT_DIR: 'content', ASTRO_CACHE_DIR: join(dir, 'cache') });
	await server.waitFor(/watching for file changes/, 0);
	// The address it took: another port if 4414 is in use.
	origin = new URL(server.output().match(/Local\s+(http:\/\/[^\s"\\]+)/)![1]!).origin;
}, 60_000);

afterAll(async () => {
	if (server?.child.pid !== undefined && server.child.exitCode === null) {
		process.kill(-server.child.pid, 'SIGTERM');
		await server.exited;
	}
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Replaces text in a content file and waits until the dev server has reloaded its config. The
 * new text is written beside the copy and moved into place, so the reload never reads half a file.
 */
async function edit(file: string, replacements: [from: string, to: string][]): Promise<void> {
	const path = join(content, file);
	let text = readFileSync(path, 'utf8');
	for (const [from, to] of replacements) {
		expect(text, `${file} has the text to replace`).toContain(from);
		text = text.replace(from, to);
	}
	const mark = server!.output().length;
	const staged = join(dir, 'staged');
	writeFileSync(staged, text);
	renameSync(staged, path);
	// The config reload is announced before the content layer reloads the entry; the entry
	// reloaded first means the change did not reach the config.
	const reloaded = `Reloaded data from ${basename(file).replaceAll('.', '\\.')}`;
	const [announced] = await server!.waitFor(new RegExp(`Configuration file (?:updated|removed|added)|${reloaded}`), mark);
	expect(announced, `${file} reloads the config`).toMatch(/^Configuration file/);
	const [end] = await server!.waitFor(restarted, mark);
	expect(end, server!.output().slice(mark)).toBe('server restarted.');
}

/** Where an address redirects to, or its status when it does not. */
async function redirectOf(path: string): Promise<string | number> {
	const response = await fetch(new URL(path, origin), { redirect: 'manual' });
	await response.body?.cancel();
	return response.headers.get('location') ?? response.status;
}

/** The definition a page's tooltip gives for a term. */
async function tooltip(path: string, term: string): Promise<string | undefined> {
	const html = await (await fetch(new URL(path, origin))).text();
	return html.match(new RegExp(`<span id="term-tip-${term}"[^>]*>([^<]*)</span>`))?.[1];
}

describe('astro dev after an edit', () => {
	it('shows a glossary term’s new alias and definition', async () => {
		expect(await tooltip('/side-effects/', 'erythema')).toBe(
			'Erythema: The medical word for redness of the skin, caused by extra blood flowing near the surface.',
		);
		expect(await redirectOf('/glossary/redness/')).toBe('/glossary/erythema/');
		expect(await redirectOf('/glossary/flushing/')).toBe(404);

		await edit('glossary/erythema.mdx', [
			['aliases: [redness]', 'aliases: [redness, flushing]'],
			['The medical word for redness of the skin', 'The medical word for red skin'],
		]);
		expect(await redirectOf('/glossary/flushing/')).toBe('/glossary/erythema/');
		expect(await tooltip('/side-effects/', 'erythema')).toBe(
			'Erythema: The medical word for red skin, caused by extra blood flowing near the surface.',
		);
	});

	it('gives a renamed aftercare step its short link, and keeps the old one', async () => {
		expect(await redirectOf('/a/no-tanning-before/')).toBe('/aftercare/#no-tanning-before');
		expect(await redirectOf('/a/no-tanning-beforehand/')).toBe(404);

		await edit('aftercare/before-appointment.yaml', [['id: no-tanning-before\n', 'id: no-tanning-beforehand\n']]);
		expect(await redirectOf('/a/no-tanning-beforehand/')).toBe('/aftercare/#no-tanning-beforehand');

		// The record, as an editor renaming a step must change it: the new id live, the old one sent on.
		await edit('aftercare/published-ids.json', [
			['"no-tanning-before",', '"no-tanning-beforehand",'],
			['"removed": {}', '"removed": { "no-tanning-before": "no-tanning-beforehand" }'],
		]);
		expect(await redirectOf('/a/no-tanning-before/')).toBe('/aftercare/#no-tanning-beforehand');
	});
});

describe('astro dev with an entry past its review date', () => {
	it('warns, naming the file, the date and the fix, and keeps serving', async () => {
		const [warning] = await server!.waitFor(/\[WARN\] .*The pages content has 1 problem:\n.*/, 0);
		expect(warning).toMatch(
			new RegExp(
				`content/${overdueEntry.file} → nextReview: due ${overdueEntry.nextReview}, \\d+ days ago\\. Review the entry, then set lastReviewed to today and nextReview to a later date\\.`,
			),
		);
		expect(server!.child.exitCode).toBeNull();
	});

	it('tells readers of the page that shows the entry that it is due for review, and no other page', async () => {
		const notice = (html: string) =>
			html
				.match(/<p role="note"[^>]*data-review-due[^>]*>([\s\S]*?)<\/p>/)?.[1]
				?.replace(/<[^>]+>/g, '')
				.replace(/\s+/g, ' ');
		const response = await fetch(new URL(overdueEntry.page, origin));
		expect(response.status).toBe(200);
		expect(notice(await response.text())).toMatch(
			/^ ?This page is due for review\. We planned to check it again by January 4, 2021, and have not yet done so\./,
		);
		expect(notice(await (await fetch(new URL('/benefits/', origin))).text())).toBeUndefined();
	});
});
