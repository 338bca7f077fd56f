import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GET } from '../pages/embed.js.ts';
import {
	clampHeight,
	embedPath,
	embedSrc,
	frameTitle,
	isAcceptedMessage,
	isRefusedFrame,
	maxHeight,
	minHeight,
	scriptOrigin,
} from './loader';
import { heightMessage, heightMessageType } from './messages';
import { embedTitle } from './snippet';

const origin = 'https://microneedling-guide.example';

describe('embedPath', () => {
	it('puts a plain topic slug into the path', () => {
		expect(embedPath('aftercare')).toBe('/embed/faq/aftercare/');
		expect(embedPath(' safety ')).toBe('/embed/faq/safety/');
	});

	it('shows every topic when there is no topic or it is not a plain slug', () => {
		for (const topic of [
			undefined,
			'',
			'   ',
			'../api',
			'after/care',
			'Aftercare',
			'aftercare?x=1',
			'a%2Fb',
			'safety#x',
			'//evil.example',
		]) {
			expect(embedPath(topic), String(topic)).toBe('/embed/faq/');
		}
	});
});

describe('embedSrc', () => {
	it('builds our embed address from the topic and the known options', () => {
		expect(embedSrc(origin, { topic: 'aftercare', accent: '#0f766e' })).toBe(`${origin}/embed/faq/aftercare/?accent=%230f766e`);
		expect(embedSrc(origin, {})).toBe(`${origin}/embed/faq/`);
		expect(
			embedSrc(origin, {
				ids: 'is-it-painful,how-long',
				name: 'Skin & Co',
				contact: 'https://clinic.example/book?a=1&b=2',
				theme: 'dark',
			}),
		).toBe(
			`${origin}/embed/faq/?ids=is-it-painful%2Chow-long&name=Skin+%26+Co&contact=https%3A%2F%2Fclinic.example%2Fbook%3Fa%3D1%26b%3D2&theme=dark`,
		);
	});

	it('leaves out unknown and empty options and never lets a value change the path', () => {
		const src = embedSrc(origin, { citFaq: '', citFaqReady: '', tracking: 'yes', accent: '  ', topic: '../../api/x', name: '"><script>' });
		const url = new URL(src);
		expect(url.origin).toBe(origin);
		expect(url.pathname).toBe('/embed/faq/');
		expect([...url.searchParams.keys()]).toEqual(['name']);
		expect(url.searchParams.get('name')).toBe('"><script>');
	});
});

describe('frameTitle', () => {
	it('names the frame, with the topic when there is one', () => {
		expect(frameTitle(undefined)).toBe(embedTitle());
		expect(frameTitle('aftercare')).toBe(embedTitle('Aftercare'));
		expect(frameTitle('side-effects')).toBe(embedTitle('Side effects'));
		expect(frameTitle('-')).toBe(embedTitle());
		expect(frameTitle('<b>')).toBe(embedTitle());
	});
});

describe('clampHeight', () => {
	it('rounds up and keeps the height in range', () => {
		expect(clampHeight(412.2)).toBe(413);
		expect(clampHeight(5)).toBe(minHeight);
		expect(clampHeight(0)).toBe(minHeight);
		expect(clampHeight(99_999)).toBe(maxHeight);
	});
});

describe('scriptOrigin', () => {
	it('is the origin of the script address', () => {
		expect(scriptOrigin(`${origin}/embed.js`)).toBe(origin);
		expect(scriptOrigin('http://localhost:4321/embed.js?v=2')).toBe('http://localhost:4321');
	});

	it('is empty when there is no usable address', () => {
		for (const src of [undefined, null, '', 'embed.js', 'data:text/javascript,1', 'javascript:void 0']) {
			expect(scriptOrigin(src), String(src)).toBe('');
		}
	});
});

describe('isAcceptedMessage', () => {
	const frameWindow = { name: 'our frame' };
	const otherWindow = { name: 'another frame' };
	const good = { origin, source: frameWindow, data: heightMessage(640) } as unknown as MessageEvent;

	it('accepts a height message from our origin sent by the frame itself', () => {
		expect(isAcceptedMessage(good, origin, frameWindow)).toBe(true);
	});

	it('rejects a message from another origin, another window or in another shape', () => {
		const cases: [string, Partial<MessageEvent>][] = [
			['clinic origin', { origin: 'https://clinic.example' }],
			['opaque origin', { origin: 'null' }],
			['look-alike origin', { origin: `${origin}.evil.example` }],
			['other frame', { source: otherWindow as unknown as MessageEventSource }],
			['no source', { source: null }],
			['wrong type', { data: { type: 'other', height: 640 } }],
			['text height', { data: { type: heightMessageType, height: '640' } }],
			['string data', { data: heightMessageType }],
		];
		for (const [name, change] of cases) {
			expect(isAcceptedMessage({ ...good, ...change } as MessageEvent, origin, frameWindow), name).toBe(false);
		}
	});

	it('rejects everything while the frame has no window or the origin is unknown', () => {
		expect(isAcceptedMessage(good, origin, null)).toBe(false);
		expect(isAcceptedMessage({ ...good, source: null } as MessageEvent, origin, null)).toBe(false);
		expect(isAcceptedMessage({ ...good, origin: '' } as MessageEvent, '', frameWindow)).toBe(false);
	});
});

describe('isRefusedFrame', () => {
	const refused = { disposition: 'enforce', effectiveDirective: 'frame-src', blockedURI: origin } as const;

	it('is a frame from our origin that the page’s policy refused, named by origin or by address', () => {
		expect(isRefusedFrame(refused, origin)).toBe(true);
		expect(isRefusedFrame({ ...refused, blockedURI: `${origin}/embed/faq/safety/?accent=%230a7` }, origin)).toBe(true);
	});

	it('is not a report-only violation, another directive, another origin, or an unknown one', () => {
		expect(isRefusedFrame({ ...refused, disposition: 'report' }, origin)).toBe(false);
		expect(isRefusedFrame({ ...refused, effectiveDirective: 'script-src-elem' }, origin)).toBe(false);
		expect(isRefusedFrame({ ...refused, blockedURI: 'https://microneedling-guide.example.org' }, origin)).toBe(false);
		expect(isRefusedFrame({ ...refused, blockedURI: 'inline' }, origin)).toBe(false);
		expect(isRefusedFrame(refused, '')).toBe(false);
	});
});

describe('/embed.js', () => {
	it('is one small self-contained script: an IIFE with no imports, under 3 KB gzipped', async () => {
		const response = await GET({} as Parameters<typeof GET>[0]);
		expect(response.headers.get('Content-Type')).toMatch(/^text\/javascript/);
		const code = await response.text();
		const gzipped = gzipSync(code).length;
		console.log(`/embed.js: ${code.length} bytes, ${gzipped} bytes gzipped`);
		expect(gzipped).toBeLessThan(3072);
		expect(code).not.toMatch(/\bimport\s*[({"']|\bexport\s/);
		expect(code).toContain(heightMessageType);
		expect(code).toContain('data-cit-faq');
		// It runs as a classic script without leaking names onto the clinic's page.
		expect(code.trim()).toMatch(/^("use strict";)?\(\(\)\s*=>\s*\{[\s\S]*\}\)\(\);?$/);
	});
});
