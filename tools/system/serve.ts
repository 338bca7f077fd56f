/**
 * Serves a built site as its hosts do, for the bench, the Lighthouse check and the e2e specs that
 * need real headers: files by sirv, the response headers of the build's `_headers` file (as
 * Cloudflare Pages applies them; the build keeps Netlify's reading the same), text gzipped
 * for clients that accept it, and anything missing answered by 404.html with status 404.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { type HeaderRule, parseHeaderRules, resolveHeaders } from '../../src/hosting/header-rules.ts';

const parsed = new Map<string, HeaderRule[]>();

/** The rules of `<root>/_headers` (none without the file), parsed once; a line neither host accepts throws. */
function headerRules(root = 'dist'): HeaderRule[] {
	const file = join(root, '_headers');
	if (!parsed.has(file)) {
		const { rules, problems } = existsSync(file) ? parseHeaderRules(readFileSync(file, 'utf8')) : { rules: [], problems: [] };
		if (problems.length > 0) throw new Error(`${file} does not parse: ${problems.join('; ')}`);
		parsed.set(file, rules);
	}
	return parsed.get(file)!;
}

/** The headers `<root>/_headers` gives a path, as Cloudflare Pages applies them (src/hosting/header-rules.ts). */
export function headersFor(path: string, root = 'dist'): Record<string, string> {
	return resolveHeaders(headerRules(root), path, 'cloudflare').headers;
}

/** Types hosts compress; Pagefind's index files are compressed already and have no text type. */
const compressible = /^(text\/|image\/svg\+xml|application\/(json|javascript|xml|manifest\+json))/;

/**
 * Holds back what sirv writes until the end, then sends it gzipped when the client accepts gzip
 * and the type is text, telling `onSend` the body bytes that went out.
 */
function compressOnEnd(request: IncomingMessage, response: ServerResponse, onSend: (bytes: number) => void): void {
	const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
	const writeHead = response.writeHead.bind(response) as (status: number, headers: OutgoingHttpHeaders) => ServerResponse;
	const end = response.end.bind(response) as (body: Buffer) => ServerResponse;
	let head: [number, OutgoingHttpHeaders] | undefined;
	const chunks: Buffer[] = [];
	response.writeHead = ((status: number, headers: OutgoingHttpHeaders = {}) => {
		head = [status, headers];
		return response;
	}) as typeof response.writeHead;
	response.write = ((chunk: Uint8Array | string) => chunks.push(Buffer.from(chunk)) > 0) as typeof response.write;
	response.end = ((chunk?: Uint8Array | string) => {
		if (chunk) chunks.push(Buffer.from(chunk));
		const [status, headers] = head ?? [response.statusCode, {}];
		delete headers['Content-Length'];
		const type = String(headers['Content-Type'] || response.getHeader('content-type') || 'application/octet-stream');
		headers['Content-Type'] = type;
		let body = Buffer.concat(chunks);
		// A range is a slice of the file as it is on disk: it goes out as it is.
		if (compressible.test(type) && status !== 206) {
			response.setHeader('Vary', 'Accept-Encoding');
			if (accepts) {
				body = gzipSync(body);
				headers['Content-Encoding'] = 'gzip';
			}
		}
		headers['Content-Length'] = body.length;
		onSend(body.length);
		writeHead(status, headers);
		return end(body);
	}) as typeof response.end;
}

interface ServeOptions {
	/** Told the body bytes sent for each request path (the browser reports none for a worker's script). */
	onSend?: (path: string, bytes: number) => void;
}

/** Serves `root` on a free port of 127.0.0.1: `/x/` is `/x/index.html`. */
export async function serve(root = 'dist', options: ServeOptions = {}): Promise<{ origin: string; close: () => void }> {
	// Parsed before the first request, so a broken file stops the caller at once.
	headerRules(root);
	const notFoundPage = join(root, '404.html');
	const files = sirv(root, {
		dev: false,
		dotfiles: false,
		onNoMatch: (_, response) => {
			const found = existsSync(notFoundPage);
			response.writeHead(404, { 'Content-Type': found ? 'text/html;charset=utf-8' : 'text/plain' });
			response.end(found ? readFileSync(notFoundPage) : 'Not found');
		},
	});
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		// Set before sirv writes the head, which keeps headers already set.
		for (const [name, value] of Object.entries(headersFor(path, root))) response.setHeader(name, value);
		compressOnEnd(request, response, (bytes) => options.onSend?.(path, bytes));
		files(request, response);
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			resolve({ origin: `http://127.0.0.1:${port}`, close: () => server.close() });
		}),
	);
}
