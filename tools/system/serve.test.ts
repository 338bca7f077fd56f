import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, serve } from './serve.ts';

/** A raw GET: status, headers and the body bytes as sent (Node's fetch would undo the gzip). */
function fetchRaw(url: string, gzip: boolean): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
	return new Promise((resolve, reject) => {
		get(url, { headers: gzip ? { 'accept-encoding': 'gzip, br' } : {} }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
		}).on('error', reject);
	});
}

describe('serve', () => {
	const root = mkdtempSync(join(tmpdir(), 'serve-'));
	const page = `<!doctype html><title>Home</title>${'<p>Words a host would compress.</p>'.repeat(50)}`;
	const sent: [string, number][] = [];
	let server: Awaited<ReturnType<typeof serve>>;

	beforeAll(async () => {
		mkdirSync(join(root, 'embed'));
		mkdirSync(join(root, '_astro'));
		writeFileSync(join(root, 'index.html'), page);
		writeFileSync(join(root, 'embed', 'index.html'), '<!doctype html><title>Embed</title>');
		writeFileSync(join(root, '_astro', 'site.abc.css'), 'body { color: black; }');
		writeFileSync(join(root, 'index.pf_meta'), Buffer.from([31, 139, 8, 0, 1, 2, 3]));
		writeFileSync(join(root, '404.html'), '<!doctype html><title>Not found</title>');
		writeFileSync(
			join(root, '_headers'),
			[
				'/*',
				'  X-Content-Type-Options: nosniff',
				'/_astro/*',
				'  Cache-Control: public, max-age=31536000, immutable',
				'/embed/*',
				'  X-Robots-Tag: noindex',
				'/embed/',
				'  X-Robots-Tag: nofollow',
				'',
			].join('\n'),
		);
		server = await serve(root, { onSend: (path, bytes) => sent.push([path, bytes]) });
	});
	afterAll(() => {
		server.close();
		rmSync(root, { recursive: true, force: true });
	});

	it('gives each path the headers of every _headers rule that matches it', async () => {
		expect(headersFor('/_astro/site.abc.css', root)).toEqual({
			'x-content-type-options': 'nosniff',
			'cache-control': 'public, max-age=31536000, immutable',
		});
		expect(headersFor('/embed/', root)['x-robots-tag']).toBe('noindex, nofollow');
		const response = await fetchRaw(`${server.origin}/_astro/site.abc.css`, false);
		expect(response.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'cache-control': 'public, max-age=31536000, immutable' });
	});

	it('serves /x/ as /x/index.html, gzipped for a client that accepts it, and reports the bytes sent', async () => {
		const zipped = await fetchRaw(`${server.origin}/?q=a`, true);
		expect(zipped).toMatchObject({ status: 200, headers: { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } });
		expect(zipped.headers['content-type']).toMatch(/^text\/html/);
		expect(gunzipSync(zipped.body).toString()).toBe(page);
		expect(zipped.body.length).toBeLessThan(page.length / 4);
		expect(sent.at(-1)).toEqual(['/', zipped.body.length]);
		const plain = await fetchRaw(`${server.origin}/embed/`, false);
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString()).toBe('<!doctype html><title>Embed</title>');
	});

	it('sends files without a text type as they are', async () => {
		const response = await fetchRaw(`${server.origin}/index.pf_meta`, true);
		expect(response.headers['content-encoding']).toBeUndefined();
		expect(response.headers['content-type']).toBe('application/octet-stream');
		expect([...response.body]).toEqual([31, 139, 8, 0, 1, 2, 3]);
	});

	it('answers a missing path with 404.html, status 404 and the path’s headers', async () => {
		const response = await fetchRaw(`${server.origin}/embed/nothing-here`, true);
		expect(response.status).toBe(404);
		expect(response.headers['x-robots-tag']).toBe('noindex');
		expect(gunzipSync(response.body).toString()).toContain('Not found');
	});
});
