/**
 * `npm run check:spelling [content-dir] [dist-dir]`: the site is in US English, one spelling
 * throughout, and a typo in a medical page costs trust. cspell (config: cspell.config.yaml)
 * checks the prose of every content file (default `content/`) and the text a reader sees on
 * every built page (default `dist/`, Pagefind's index left out), with the glossary's names and
 * cspell-words.txt as extra words. Spanish (`content/es/`, text in `lang="es"`) is checked with
 * the Spanish dictionary, the Spanish glossary's names and cspell-words-es.txt. Prints
 * `file:line:column  "word" …` with the fix for each unknown word or British spelling and a
 * count line; exits 1 when anything is found.
 */
import { existsSync } from 'node:fs';
import { contentDir } from '../src/model/files.ts';
import { builtPages } from './checks/html-check.ts';
import { checkSpelling, formatMisspelling } from './checks/spelling.ts';
import { writeStageReport } from './checks/stage-report.ts';

const started = performance.now();
const contentRoot = process.argv[2] ?? contentDir();
const distDir = process.argv[3] ?? 'dist';
// A missing or empty build must fail, not pass with the built pages unread.
const problem = !existsSync(contentRoot)
	? `${contentRoot}: no such folder`
	: !existsSync(distDir)
		? `${distDir}: no such folder (run \`npm run build\` first)`
		: builtPages(distDir).length === 0
			? `${distDir}: no HTML pages in it (run \`npm run build\` first)`
			: undefined;
if (problem) {
	console.error(problem);
	writeStageReport('spelling', { passed: 0, failed: 1, note: problem });
	process.exit(1);
}
const { files, misspellings } = await checkSpelling({ contentRoot, distDir });
for (const misspelling of misspellings) console.error(formatMisspelling(misspelling));
const withErrors = new Set(misspellings.map(({ file }) => file)).size;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
writeStageReport('spelling', {
	passed: files.length - withErrors,
	failed: withErrors,
	note: 'files without / with spelling errors (content and built pages)',
});
console.log(`Spelling: ${files.length} files checked, ${withErrors} with errors (${misspellings.length} words) in ${seconds} s.`);
process.exitCode = misspellings.length === 0 ? 0 : 1;
