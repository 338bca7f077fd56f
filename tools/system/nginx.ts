/**
 * Debian's nginx for the end-to-end stage, which serves `dist/` with `deploy/nginx.conf` as a
 * server would: finding it (installing Debian's package when `npm test` may), and running it on a
 * port of its own with everything it writes in a temporary folder.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, connect, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { nginxRedirectsName } from '../../src/hosting/integration.ts';
import { aptInstall, mayInstallPackages } from './apt.ts';

/** The Debian package that `npm test` installs when it finds no nginx. */
const nginxPackage = 'nginx';

/** Where Debian's package puts the MIME types that its own nginx.conf includes. */
const mimeTypes = '/etc/nginx/mime.types';

/** Where to look, in order: an explicit `NGINX`, Debian's `/usr/sbin/nginx`, then each `PATH` entry. */
export function nginxCandidates(env: Record<string, string | undefined>): string[] {
	const onPath = (env.PATH ?? '')
		.split(delimiter)
		.filter(Boolean)
		.map((dir) => join(dir, 'nginx'));
	return [...new Set([env.NGINX, '/usr/sbin/nginx', ...onPath].filter((path): path is string => Boolean(path)))];
}

/** The first candidate that exists, or `undefined`. */
export function findNginx(
	env: Record<string, string | undefined> = process.env,
	exists: (path: string) => boolean = existsSync,
): string | undefined {
	return nginxCandidates(env).find(exists);
}

/** What to say when there is no nginx, with the fix. */
export const nginxMissing = `No nginx found for the end-to-end test of deploy/nginx.conf. Install Debian's (\`sudo apt-get install ${nginxPackage}\`) or set NGINX to an nginx executable, then run again.`;

/**
 * Returns nginx, installing Debian's package when none is found and this process may (root, with
 * apt-get; where no service may start, as in containers, the package starts none). Otherwise it
 * throws a message that names the fix.
 */
export function ensureNginx(log: (line: string) => void = console.log, env: Record<string, string | undefined> = process.env): string {
	const found = findNginx(env);
	if (found) return found;
	const { isRoot, hasApt } = mayInstallPackages();
	if (isRoot && hasApt) {
		log(`No nginx found: installing Debian’s ${nginxPackage} package (apt-get install -y ${nginxPackage})…`);
		aptInstall(nginxPackage);
		const installed = findNginx(env);
		if (installed) return installed;
	}
	throw new Error(nginxMissing);
}

/** The name deploy/nginx.conf is installed under, in nginx's `snippets/` folder, and the redirects beside it. */
export const siteSnippet = 'snippets/microneedling-guide.conf';
const redirectsSnippet = 'snippets/microneedling-guide-redirects.conf';

/**
 * nginx's main configuration for a test run: everything it writes in `prefix`, Debian's MIME
 * types, and one server on `port` that serves `root` with the site's snippet, as docs/deploy.md
 * tells a server's owner to. As root, the workers run as the same user, so they read what it reads.
 */
export function testConfig({ prefix, port, root, user }: { prefix: string; port: number; root: string; user?: string }): string {
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `    ${name}_temp_path ${join(prefix, name)};`);
	return [
		...(user ? [`user ${user};`] : []),
		`pid ${join(prefix, 'nginx.pid')};`,
		'worker_processes 1;',
		'events { worker_connections 64; }',
		'http {',
		`    include ${mimeTypes};`,
		'    default_type application/octet-stream;',
		'    access_log off;',
		...temp,
		'    server {',
		`        listen 127.0.0.1:${port};`,
		`        root ${root};`,
		`        include ${siteSnippet};`,
		'    }',
		'}',
		'',
	].join('\n');
}

/** `NGINX_PORT` when set, else a port of 127.0.0.1 that is free now. */
export async function nginxPort(env: Record<string, string | undefined> = process.env): Promise<number> {
	if (env.NGINX_PORT) return Number(env.NGINX_PORT);
	const server = createServer();
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	await new Promise((done) => server.close(done));
	return port;
}

/** Resolves once something accepts connections on the port, trying again until `deadline`. */
async function accepting(port: number, deadline: number, exited: () => string | undefined): Promise<void> {
	for (;;) {
		const open = await new Promise<boolean>((done) => {
			const socket = connect(port, '127.0.0.1', () => {
				socket.end();
				done(true);
			});
			socket.on('error', () => done(false));
		});
		if (open) return;
		const why = exited();
		if (why !== undefined) throw new Error(why);
		if (Date.now() > deadline) throw new Error(`nginx did not accept connections on port ${port}.`);
		await new Promise((done) => setTimeout(done, 50));
	}
}

/**
 * Runs nginx over `root` (a built `dist/`) on `port` with `deploy/nginx.conf` and the redirects the
 * build wrote, and resolves once it accepts connections. `stop` ends it and removes its folder.
 */
export async function startNginx({
	nginx,
	root,
	port,
}: {
	nginx: string;
	root: string;
	port: number;
}): Promise<{ origin: string; stop: () => Promise<void> }> {
	if (!existsSync(mimeTypes)) throw new Error(`${mimeTypes} is missing: it comes with Debian's nginx package (nginx-common).`);
	const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
	mkdirSync(join(prefix, 'snippets'));
	copyFileSync('deploy/nginx.conf', join(prefix, siteSnippet));
	copyFileSync(join(root, nginxRedirectsName), join(prefix, redirectsSnippet));
	const config = join(prefix, 'nginx.conf');
	const errorLog = join(prefix, 'error.log');
	writeFileSync(
		config,
		testConfig({ prefix, port, root: resolve(root), user: process.getuid?.() === 0 ? userInfo().username : undefined }),
	);
	const args = ['-p', prefix, '-c', config, '-e', errorLog];
	const check = spawnSync(nginx, [...args, '-t'], { encoding: 'utf8' });
	if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);
	const child: ChildProcess = spawn(nginx, [...args, '-g', 'daemon off;'], { stdio: 'ignore' });
	let exit: string | undefined;
	child.on('exit', (code) => (exit = `nginx stopped (exit ${code}): ${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`));
	await accepting(port, Date.now() + 10_000, () => exit);
	return {
		origin: `http://127.0.0.1:${port}`,
		stop: async () => {
			if (exit === undefined) await new Promise((done) => child.once('exit', done).kill('SIGQUIT'));
			rmSync(prefix, { recursive: true, force: true });
		},
	};
}
