/**
 * Checks over the real content that a schema cannot make: no figure typed outside
 * `content/facts.yaml`, and no placeholder text left in. Prints `file:line` for each finding
 * with its fix, and a count line; exits 1 when anything is found.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findStrayFigures } from '../src/lib/content/figures.ts';
import { findPlaceholders } from '../src/lib/content/placeholders.ts';

const root = process.env.CONTENT_DIR ?? 'content';
const factsFile = join(root, 'facts.yaml');

/** Every content file below a folder, README files aside. */
function contentFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return contentFiles(path);
		return /\.(mdx|md|yaml)$/.test(name) && name !== 'README.md' ? [path] : [];
	});
}

const findings: string[] = [];
const files = contentFiles(root).filter((path) => path !== factsFile);
for (const path of files) {
	const text = readFileSync(path, 'utf8');
	for (const figure of findStrayFigures(text)) {
		findings.push(
			`${relative('.', path)}:${figure.line}: the figure "${figure.text}" is typed in prose. State it once in content/facts.yaml and write <Fact id="…" /> here (or use words without numbers in frontmatter).`,
		);
	}
	for (const line of findPlaceholders(text)) {
		findings.push(`${relative('.', path)}:${line.line}: placeholder text left in ("${line.text}"): write the real text.`);
	}
}

for (const finding of findings) console.error(finding);
const checked = `${files.length} content files checked`;
console.log(findings.length === 0 ? `Content checks: ${checked}, no problems.` : `Content checks: ${checked}, ${findings.length} problems.`);
process.exitCode = findings.length === 0 ? 0 : 1;
