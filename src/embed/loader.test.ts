import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GET } from '../pages/embed.js.ts';
import {
	clampHeight,
	embedPath,
	embedSrc,
	frameLang,
	frameTitle,
	isAcceptedMessage,
	isRefusedFrame,
	maxHeight,
	minHeight,
	scriptOrigin,
} from './loader';
import { heightMessage, heightMessageType } from './messages';
import { type Lang, languages } from '../i18n/languages';
import { ui } from '../i18n/ui';

const origin = 'https://microneedling-guide.example';

describe('embedPath', () => {
	it('puts a plain topic slug into the path', () => {
		expect(embedPath('aftercare')).toBe('/embed/faq/aftercare/');
		expect(embedPath(' safety ')).toBe('/embed/faq/safety/');
		expect(embedPath('safety', 'es')).toBe('/es/embed/faq/safety/');
		expect(embedPath(undefined, 'es')).toBe('/es/embed/faq/');
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

describe('frameLang', () => {
	it('reads a published language from a language tag', () => {
		expect(frameLang('es')).toBe('es');
		expect(frameLang(' es ')).toBe('es');
		expect(frameLang('ES')).toBe('es');
		expect(frameLang('es-MX')).toBe('es');
		expect(frameLang('es-419')).toBe('es');
		expect(frameLang('en')).toBe('en');
	});

	it('is English for no value, an unknown language or anything hostile', () => {
		for (const value of [
			undefined,
			'',
			'fr',
			'esp',
			'es_MX',
			'es/../../api',
			'../es',
			'es"><script>',
			'es?x=1',
			'es#x',
			'//evil.example',
			'javascript:alert(1)',
			'constructor',
			'__proto__',
			'toString',
			`es-${'a'.repeat(9)}`,
		]) {
			expect(frameLang(value), String(value)).toBe('en');
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

	it('puts the frame of a data-lang="es" element on the Spanish embed page', () => {
		expect(embedSrc(origin, { lang: 'es', topic: 'aftercare', accent: '#0f766e' })).toBe(
			`${origin}/es/embed/faq/aftercare/?accent=%230f766e`,
		);
		expect(embedSrc(origin, { lang: 'es-MX' })).toBe(`${origin}/es/embed/faq/`);
		expect(embedSrc(origin, { lang: 'es', topic: '../../api' })).toBe(`${origin}/es/embed/faq/`);
	});

	it('ignores an unknown or hostile data-lang, which never reaches the address', () => {
		for (const lang of ['fr', 'es/../../x', '"><script>alert(1)</script>', '../../api/faq.json?', 'es#', '//evil.example/']) {
			const src = embedSrc(origin, { lang, topic: 'safety' });
			expect(src, lang).toBe(`${origin}/embed/faq/safety/`);
		}
	});

	it('leaves out unknown and empty options and never lets a value change the path', () => {
		const src = embedSrc(origin, {
			citFaq: '',
			citFaqReady: '',
			tracking: 'yes',
			accent: '  ',
			topic: '../../api/x',
			name: '"><script>',
			lang: '<b>',
		});
		const url = new URL(src);
		expect(url.origin).toBe(origin);
		expect(url.pathname).toBe('/embed/faq/');
		expect([...url.searchParams.keys()]).toEqual(['name']);
		expect(url.searchParams.get('name')).toBe('"><script>');
	});
});

describe('frameTitle', () => {
	const langs = Object.keys(languages) as Lang[];

	it.each(langs)('names the frame as the %s embed page is titled, with its topic', (lang) => {
		const { embed, faqTopics: labels } = ui(lang);
		expect(frameTitle(undefined, lang)).toBe(embed.title());
		for (const topic of Object.keys(labels) as (keyof typeof labels)[]) {
			expect(frameTitle(topic, lang), topic).toBe(embed.title(labels[topic]));
			expect(frameTitle(` ${topic} `, lang), topic).toBe(embed.title(labels[topic]));
		}
	});

	it('gives the whole FAQ title for an unknown topic', () => {
		for (const topic of ['side-effects', '-', '<b>', 'constructor', '__proto__', 'hasOwnProperty']) {
			expect(frameTitle(topic), topic).toBe('Microneedling questions');
			expect(frameTitle(topic, 'es'), topic).toBe('Preguntas sobre micropunción');
		}
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
