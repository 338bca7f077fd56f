/**
 * `npm run check:links [dir]`: every internal link and anchor in the build (default `dist/`)
 * resolves, and every external link is `https:`. linkinator serves the folder on 127.0.0.1 and
 * starts from every built page (Pagefind's index left out), following links with
 * `checkFragments`, so `/aftercare/#avoid-sun` needs an element with that id.
 *
 * - Links to the site's own address (`SITE_URL`, default https://microneedling-guide.example:
 *   canonical, og:url, JSON-LD, the embeds' absolute links) are rewritten to the local server:
 *   they name pages of this build, so they must exist too.
 * - Every other web address is external: skipped, never fetched (no internet here), and
 *   reported when it is not `https:`.
 *
 * Prints one `file: reason` line per problem and a count; exits 1 on any problem.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { relative, sep } from 'node:path';
import { check } from 'linkinator';
import { builtPages } from './checks/html-check.ts';
import { isExternal, type LinkProblem, siteRewrite, sortLinkResults } from './checks/link-check.ts';
import { writeStageReport } from './checks/stage-report.ts';

const dir = process.argv[2] ?? 'dist';
const site = process.env.SITE_URL ?? 'https://microneedling-guide.example';
const started = performance.now();

function report(problems: LinkProblem[], resolved: number, summary: string): void {
	for (const { file, reason } of problems) console.error(`${file}: ${reason}`);
	writeStageReport('links', { passed: resolved, failed: problems.length, note: 'internal links resolved / broken or not https' });
	console.log(`Links: ${summary} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
	process.exitCode = problems.length > 0 ? 1 : 0;
}

/** A free port on 127.0.0.1, so the rewrite to the local server can name it before it starts. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

const pages = existsSync(dir) ? builtPages(dir) : [];
if (pages.length === 0) {
	report([{ file: dir, reason: 'no HTML pages in it (run `npm run build` first)' }], 0, '0 internal links checked, 1 broken');
} else {
	const port = await freePort();
	const localOrigin = `http://127.0.0.1:${port}`;
	const root = dir.split(sep).join('/').replace(/\/$/, '');
	const { links } = await check({
		path: pages.map((page) => relative(dir, page).split(sep).join('/')),
		serverRoot: dir,
		port,
		recurse: true,
		checkFragments: true,
		urlRewriteExpressions: [siteRewrite(site, localOrigin)],
		linksToSkip: async (href) => isExternal(href, localOrigin, site),
	});
	const result = sortLinkResults(links, root);
	report(
		result.problems,
		result.internalChecked,
		`${pages.length} pages, ${result.internalChecked} internal links checked (distinct pages and files), ${result.broken} broken; ` +
			`${result.externalLinks} external links to ${result.externalAddresses} addresses (not fetched), ${result.insecure} not https`,
	);
}
