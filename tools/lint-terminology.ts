/**
 * `npm run lint:content`: the terminology lint over the real content (or `CONTENT_DIR`). Prints
 * `file:line:column  message (rule)` for each problem, with the fix in the message, and a count
 * line; exits 1 when anything is found. The rules and what they check are in
 * `src/vocabulary/lint/`; how to fix each message is in content/README.md.
 */
import { relative } from 'node:path';
import { contentDir } from '../src/model/files.ts';
import { formatFinding, lintContent } from '../src/vocabulary/lint/lint-files.ts';

const { files, findings } = await lintContent(contentDir());
for (const finding of findings) console.error(formatFinding({ ...finding, file: relative('.', finding.file) }));
const checked = `${files.length} content files checked`;
console.log(
	findings.length === 0 ? `Terminology lint: ${checked}, no problems.` : `Terminology lint: ${checked}, ${findings.length} problems.`,
);
process.exitCode = findings.length === 0 ? 0 : 1;
