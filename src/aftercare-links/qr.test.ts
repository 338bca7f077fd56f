import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrMargin, qrSvg } from './qr';

const label = (href: string) => `QR code that opens ${href}`;

/**
 * Paints the SVG the way a browser would, into RGBA pixels: the qrcode package draws each row
 * of dark modules as one stroked path of `M x y` / `m dx dy` moves and `h n` runs, half a module
 * below the row's top.
 */
function rasterize(svg: string, scale = 4): { data: Uint8ClampedArray; size: number } {
	const modules = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
	const path = /<path[^>]*stroke="#000000"[^>]*d="([^"]+)"/.exec(svg)?.[1] ?? '';
	const size = modules * scale;
	const data = new Uint8ClampedArray(size * size * 4).fill(255);
	let x = 0;
	let y = 0;
	for (const [, command, a, b] of path.matchAll(/([Mmh])([\d.]+)(?:\s([\d.]+))?/g)) {
		const first = Number(a);
		if (command === 'M') [x, y] = [first, Number(b)];
		else if (command === 'm') [x, y] = [x + first, y + Number(b)];
		else {
			const row = Math.floor(y);
			for (let column = x; column < x + first; column += 1) {
				for (let py = row * scale; py < (row + 1) * scale; py += 1) {
					for (let px = column * scale; px < (column + 1) * scale; px += 1) data.fill(0, (py * size + px) * 4, (py * size + px) * 4 + 3);
				}
			}
			x += first;
		}
	}
	return { data, size };
}

describe('qrSvg', () => {
	const url = 'https://microneedling-guide.example/aftercare/first-24-hours/';

	it('draws a code that decodes to the URL', async () => {
		const { data, size } = rasterize(await qrSvg(url, label));
		expect(jsQR(data, size, size)?.data).toBe(url);
	});

	it('is a labelled, scalable image with the chosen quiet zone', async () => {
		const svg = await qrSvg(url, label);
		expect(svg).toMatch(
			/^<svg role="img" aria-label="QR code that opens https:\/\/microneedling-guide\.example\/aftercare\/first-24-hours\/" focusable="false" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/,
		);
		expect(svg.endsWith('</svg>')).toBe(true);
		// The first dark run starts at the quiet zone's edge.
		expect(svg).toContain(`d="M${qrMargin} ${qrMargin + 0.5}h7`);
		// Nothing the page's Content-Security-Policy would have to allow.
		expect(svg).not.toMatch(/style=|<script|<style/);
	});

	it('is labelled in the words it is given, such as Spanish', async () => {
		const svg = await qrSvg('https://guide.example/es/cuidados-posteriores/imprimir/', (href) => `Código QR que abre ${href}`);
		expect(svg).toContain('aria-label="Código QR que abre https://guide.example/es/cuidados-posteriores/imprimir/"');
	});

	it('escapes the address inside the label', async () => {
		const svg = await qrSvg('https://example.test/a?b="c"&d=<e>', label);
		expect(svg).toContain('aria-label="QR code that opens https://example.test/a?b=%22c%22&amp;d=%3Ce%3E"');
	});

	it('is the same code for the same URL, build after build', async () => {
		expect(await qrSvg(url, label)).toBe(await qrSvg(url, label));
	});

	it('refuses anything that is not an absolute http(s) address', async () => {
		await expect(qrSvg('/aftercare/', label)).rejects.toThrow();
		await expect(qrSvg('javascript:alert(1)', label)).rejects.toThrow(/not an http\(s\) address/);
	});
});
