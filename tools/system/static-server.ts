/**
 * A static server of a built site, as a host serves it, and a headless Chromium for Lighthouse:
 * shared by `npm run check:lighthouse` and `npm run bench`.
 */
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import { chromiumArgs } from './chromium.ts';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.pdf': 'application/pdf',
};

/** Text types a host compresses; Pagefind's own files are compressed already and go out as they are. */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

interface ServeOptions {
	/** Gzip text files for clients that accept it, with `cache-control: no-cache` (as the bench wants). */
	gzip?: boolean;
	/** Told the body bytes sent for each request path (the browser reports none for a worker's script). */
	onSend?: (path: string, bytes: number) => void;
	/** Extra response headers for a request path, as a host's `_headers` rules give them. */
	headers?: (path: string) => Record<string, string>;
}

/** Serves `root`: `/x/` is `/x/index.html`, anything else missing is 404.html with status 404. */
export function serve(root: string, options: ServeOptions = {}): Promise<{ origin: string; close: () => void }> {
	const gzipped = new Map<string, Buffer>();
	const server = createServer((request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
		let file = join(root, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = file.startsWith(normalize(root)) && existsSync(file) && statSync(file).isFile();
		if (!found) file = join(root, '404.html');
		const headers: Record<string, string> = {
			'Content-Type': types[extname(file)] ?? 'application/octet-stream',
			...options.headers?.(path),
		};
		if (!options.gzip) {
			response.writeHead(found ? 200 : 404, headers);
			createReadStream(file).pipe(response);
			return;
		}
		headers['Cache-Control'] = 'no-cache';
		let body: Buffer = readFileSync(file);
		if (compressible.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
			if (!gzipped.has(file)) gzipped.set(file, gzipSync(body));
			body = gzipped.get(file)!;
			headers['Content-Encoding'] = 'gzip';
			headers.Vary = 'accept-encoding';
		}
		options.onSend?.(path, body.length);
		response.writeHead(found ? 200 : 404, headers).end(body);
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			resolve({ origin: `http://127.0.0.1:${port}`, close: () => server.close() });
		}),
	);
}

/** A headless Chromium with its own throwaway profile, for Lighthouse to drive over `port`. */
export async function launchChrome(chromePath: string): Promise<{ port: number; kill: () => void }> {
	const userDataDir = mkdtempSync(join(tmpdir(), 'lighthouse-chrome-'));
	const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...chromiumArgs], userDataDir });
	return {
		port: chrome.port,
		kill: () => {
			chrome.kill();
			rmSync(userDataDir, { recursive: true, force: true });
		},
	};
}
