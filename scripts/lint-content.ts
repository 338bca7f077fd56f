/**
 * `npm run lint:content`: the terminology lint over the real content (or `CONTENT_DIR`). Prints
 * `file:line:column  message (rule)` for each problem, with the fix in the message, and a count
 * line; exits 1 when anything is found. The rules and what they check are in
 * `src/lib/vocabulary/lint/`; how to fix each message is in content/README.md.
 */
import { registerHooks } from 'node:module';
import { relative } from 'node:path';

// Modules under src/ are written for Vite, which finds `./terms` without its `.ts`; Node does
// not. For a relative import that Node cannot find, try the same path with `.ts` added.
registerHooks({
	resolve(specifier, context, nextResolve) {
		try {
			return nextResolve(specifier, context);
		} catch (error) {
			const notFound = (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND';
			if (notFound && /^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) return nextResolve(`${specifier}.ts`, context);
			throw error;
		}
	},
});

// Imported after the hook is in place: static imports would load before it.
const { contentDir } = await import('../src/lib/content/files.ts');
const { formatFinding, lintContent } = await import('../src/lib/vocabulary/lint/lint-files.ts');

const { files, findings } = await lintContent(contentDir());
for (const finding of findings) console.error(formatFinding({ ...finding, file: relative('.', finding.file) }));
const checked = `${files.length} content files checked`;
console.log(findings.length === 0 ? `Terminology lint: ${checked}, no problems.` : `Terminology lint: ${checked}, ${findings.length} problems.`);
process.exitCode = findings.length === 0 ? 0 : 1;
