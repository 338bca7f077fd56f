/**
 * The README and the docs stay true to the tree:
 *
 * - README.md stays a two-minute read: at most 6,144 bytes.
 * - Its folder map (the `` - `path/` — what it holds `` lines under "## Folder map") names only
 *   paths that exist, and names every tracked top-level folder and every folder directly under
 *   src/ (the tree comes from `git ls-files`, so build output and node_modules never count).
 * - Every relative link in README.md, CONTRIBUTING.md and docs/*.md leads to a file that exists,
 *   and a `#fragment` into a Markdown file leads to one of its headings.
 *
 * docs/benchmarks.md is written by `npm run bench`, not by hand, so a link to it is allowed
 * while the file does not exist yet (a fresh clone before the first run); once it exists, its
 * anchors are checked like any other file's.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const readmeBudget = 6 * 1024;
const folderMapHeading = 'Folder map';
/** Files a tool writes, each with the command that writes it: a link may come before the file. */
const generated: Record<string, string> = { 'docs/benchmarks.md': 'npm run bench' };

const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** The text with fenced code blocks blanked, line for line, so nothing in code counts. */
function withoutCodeBlocks(markdown: string): string {
	let fence: string | undefined;
	return markdown
		.split('\n')
		.map((line) => {
			const marker = line.match(/^\s*(`{3,}|~{3,})/)?.[1];
			if (fence === undefined && marker) {
				fence = marker;
				return '';
			}
			if (fence !== undefined) {
				if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
				return '';
			}
			return line;
		})
		.join('\n');
}

/** The paths the folder map lists, in order: each `` - `path` — … `` line under its heading. */
function folderMap(markdown: string): string[] {
	const lines = withoutCodeBlocks(markdown).split('\n');
	const start = lines.findIndex((line) => new RegExp(`^#{1,6}\\s+${folderMapHeading}\\s*$`).test(line));
	if (start === -1) return [];
	const paths: string[] = [];
	for (const line of lines.slice(start + 1)) {
		if (/^#{1,6}\s/.test(line)) break;
		const path = line.match(/^[-*]\s+`([^`]+)`\s+—\s/)?.[1];
		if (path) paths.push(path);
	}
	return paths;
}

/** Every link target in the text, outside code: inline links, images and reference definitions. */
function linkTargets(markdown: string): string[] {
	const text = withoutCodeBlocks(markdown).replace(/(`+)[^`]*?\1/g, '');
	const inline = [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g)].map((match) => match[1]!);
	const definitions = [...text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((match) => match[1]!);
	return [...inline, ...definitions];
}

/** Whether a link leaves the repository: a scheme (`https:`, `mailto:`) or a protocol-relative address. */
function isExternal(target: string): boolean {
	return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
function headingSlug(heading: string): string {
	return heading
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[`*]/g, '')
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');
}

/** Every anchor a Markdown file's headings give, with GitHub's `-1`, `-2` for repeats. */
function headingAnchors(markdown: string): Set<string> {
	const seen = new Map<string, number>();
	const anchors = new Set<string>();
	for (const [, heading] of withoutCodeBlocks(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
		const slug = headingSlug(heading!);
		const count = seen.get(slug) ?? 0;
		seen.set(slug, count + 1);
		anchors.add(count === 0 ? slug : `${slug}-${count}`);
	}
	return anchors;
}

/**
 * The problems of one file's relative links: a target that does not exist (unless a tool writes
 * it), or a fragment that is not a heading of the Markdown file it points into.
 */
function brokenLinks(file: string, markdown: string, exists: (path: string) => boolean, readFile: (path: string) => string): string[] {
	const problems: string[] = [];
	for (const target of linkTargets(markdown)) {
		if (isExternal(target)) continue;
		const [pathPart = '', fragment] = target.split('#', 2);
		const decoded = decodeURIComponent(pathPart.split('?', 1)[0]!);
		const path =
			decoded === '' ? file : posix.normalize(decoded.startsWith('/') ? decoded.slice(1) : posix.join(posix.dirname(file), decoded));
		if (path.startsWith('../')) {
			problems.push(`${file}: ${target} leads outside the repository`);
			continue;
		}
		if (!exists(path)) {
			if (!(path in generated)) problems.push(`${file}: ${target} → ${path} does not exist`);
			continue;
		}
		if (fragment && path.endsWith('.md') && !headingAnchors(readFile(path)).has(fragment)) {
			problems.push(`${file}: ${target} → no heading in ${path} gives #${fragment}`);
		}
	}
	return problems;
}

/** Tracked files, from git, so that untracked build output never counts as part of the tree. */
function trackedFiles(): string[] {
	return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
}

/** The folders the map must name: every tracked top-level folder and every folder directly under src/. */
function requiredFolders(files: readonly string[]): string[] {
	const folders = new Set<string>();
	for (const file of files) {
		const parts = file.split('/');
		if (parts.length > 1) folders.add(`${parts[0]}/`);
		if (parts[0] === 'src' && parts.length > 2) folders.add(`src/${parts[1]}/`);
	}
	return [...folders].sort();
}

const docs = [
	'README.md',
	'CONTRIBUTING.md',
	...readdirSync(join(root, 'docs'))
		.filter((name) => name.endsWith('.md'))
		.map((name) => `docs/${name}`),
];

describe('README.md', () => {
	const readme = read('README.md');
	const map = folderMap(readme);

	it(`is at most ${readmeBudget} bytes, a two-minute read (move detail to docs/)`, () => {
		expect(Buffer.byteLength(readme, 'utf8')).toBeLessThanOrEqual(readmeBudget);
	});

	it('has a folder map under its own heading', () => {
		expect(map.length, `no "- \`path\` — what it holds" lines under "## ${folderMapHeading}"`).toBeGreaterThan(0);
		expect(
			map.filter((path, index) => map.indexOf(path) !== index),
			'paths listed twice',
		).toEqual([]);
	});

	it('names only paths that exist, folders with a trailing slash', () => {
		const wrong = map.filter((path) => {
			const full = join(root, path);
			if (!existsSync(full)) return true;
			return statSync(full).isDirectory() !== path.endsWith('/');
		});
		expect(wrong, 'folder map entries that do not exist (or a folder without its trailing slash)').toEqual([]);
	});

	it('names every tracked top-level folder and every folder directly under src/', () => {
		const listed = new Set(map);
		const missing = requiredFolders(trackedFiles()).filter((folder) => !listed.has(folder));
		expect(missing, 'folders missing from the folder map: add a line for each').toEqual([]);
	});
});

describe('relative links in README.md, CONTRIBUTING.md and docs/*.md', () => {
	it.each(docs)('%s links only to files that exist', (file) => {
		const exists = (path: string) => existsSync(join(root, path));
		expect(brokenLinks(file, read(file), exists, read)).toEqual([]);
	});
});

describe('the parsing these checks rely on', () => {
	it('reads the folder map and stops at the next heading, ignoring code', () => {
		const markdown = [
			'# Title',
			'- `not-this/` — before the heading',
			'## Folder map',
			'- `src/` — the site',
			'- `src/model/` — entries at work',
			'```',
			'- `in-code/` — ignored',
			'```',
			'- `package.json` — scripts',
			'## Next',
			'- `after/` — not in the map',
		].join('\n');
		expect(folderMap(markdown)).toEqual(['src/', 'src/model/', 'package.json']);
	});

	it('finds inline links, images and definitions, but not links in code', () => {
		const markdown = [
			'See [a](docs/a.md) and ![b](<img/b.png> "title").',
			'`[not](code.md)`',
			'```md',
			'[not](fenced.md)',
			'```',
			'[ref]: docs/ref.md',
		].join('\n');
		expect(linkTargets(markdown)).toEqual(['docs/a.md', 'img/b.png', 'docs/ref.md']);
	});

	it('makes heading anchors as GitHub does', () => {
		const anchors = headingAnchors(
			['## 9. Each page\'s CSP lists only its own "hashes"', '## `npm test`: stages', '## Notes', '## Notes'].join('\n'),
		);
		expect([...anchors]).toEqual(['9-each-pages-csp-lists-only-its-own-hashes', 'npm-test-stages', 'notes', 'notes-1']);
	});

	it('reports a missing file and a missing anchor, allows a generated file and leaves external links alone', () => {
		const files: Record<string, string> = { 'docs/a.md': '# A\n## Part one\n' };
		const exists = (path: string) => path in files;
		const readFile = (path: string) => files[path]!;
		const markdown = [
			'[ok](a.md#part-one)',
			'[gone](missing.md)',
			'[anchor](a.md#part-two)',
			'[bench](benchmarks.md)',
			'[web](https://example.com/x.md)',
			'[out](../../x.md)',
		].join('\n');
		expect(brokenLinks('docs/b.md', markdown, exists, readFile)).toEqual([
			'docs/b.md: missing.md → docs/missing.md does not exist',
			'docs/b.md: a.md#part-two → no heading in docs/a.md gives #part-two',
			'docs/b.md: ../../x.md leads outside the repository',
		]);
	});

	it('requires top-level folders and folders directly under src/, not deeper ones or files', () => {
		expect(
			requiredFolders(['README.md', 'src/content.config.ts', 'src/model/a.ts', 'src/model/deep/b.ts', 'tools/x.ts', '.ci/run']),
		).toEqual(['.ci/', 'src/', 'src/model/', 'tools/']);
	});
});
