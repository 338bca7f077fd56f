import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionNotFoundPages, moveNotFoundPages, notFoundPage } from './not-found';
import { redirectsFile } from './redirects';

const files = ['/404.html', '/es/404.html', '/es/index.html', '/faq/index.html'];
const redirects = redirectsFile({ '/es/a/x/': '/es/cuidados-posteriores/#x' }, ['/404.html', '/es/404.html']);

describe('editionNotFoundPages', () => {
	it('is the Spanish edition’s page; English keeps the site’s own /404.html', () => {
		expect(editionNotFoundPages()).toEqual(['/es/404.html']);
	});
});

describe('moveNotFoundPages', () => {
	it('moves es/404/index.html to es/404.html and removes the folder', async () => {
		const root = mkdtempSync(join(tmpdir(), 'not-found-'));
		mkdirSync(join(root, 'es', '404'), { recursive: true });
		writeFileSync(join(root, 'es', '404', 'index.html'), '<title>Página no encontrada</title>');
		await moveNotFoundPages(root, ['/es/404.html']);
		expect(readFileSync(join(root, 'es', '404.html'), 'utf8')).toContain('Página no encontrada');
		expect(existsSync(join(root, 'es', '404'))).toBe(false);
	});

	it('names the missing page', async () => {
		await expect(moveNotFoundPages(mkdtempSync(join(tmpdir(), 'not-found-')), ['/es/404.html'])).rejects.toThrow(
			/es\/404\/index\.html is missing: each edition needs a 404 page/,
		);
	});
});

describe('notFoundPage, as each host’s documentation says', () => {
	it('both hosts send the Spanish page for a missing Spanish address, at any depth, and the English one elsewhere', () => {
		for (const host of ['netlify', 'cloudflare'] as const) {
			for (const path of ['/es/no-such-page/', '/es/preguntas/no-such-topic/', '/es/x', '/es/'])
				expect(notFoundPage(redirects, path, host, files), `${path} on ${host}`).toBe('/es/404.html');
			for (const path of ['/no-such-page/', '/faq/no-such-topic/'])
				expect(notFoundPage(redirects, path, host, files), `${path} on ${host}`).toBe('/404.html');
		}
	});

	it('Netlify needs the _redirects rule: without it, every missing address gets /404.html', () => {
		expect(notFoundPage(redirectsFile({}), '/es/no-such-page/', 'netlify', files)).toBe('/404.html');
	});

	it('Cloudflare Pages needs the file: without es/404.html, a missing Spanish address gets /404.html', () => {
		expect(notFoundPage(redirects, '/es/no-such-page/', 'cloudflare', ['/404.html'])).toBe('/404.html');
		expect(notFoundPage(redirects, '/es/no-such-page/', 'cloudflare', [])).toBeUndefined();
	});

	it('a redirect that matches first is not a "not found"', () => {
		expect(notFoundPage(redirects, '/es/a/x/', 'netlify', files)).toBeUndefined();
	});
});
