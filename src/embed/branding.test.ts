import { describe, expect, it } from 'vitest';
import {
	accentColours,
	contrastRatio,
	embedColours,
	parseAccent,
	parseContact,
	parseIds,
	parseName,
	parseTheme,
	readBranding,
	relativeLuminance,
	textOn,
} from './branding';

/** The hostile values the embed must shrug off, by parameter. */
const hostile = {
	accent: ['red;background:url(x)', 'red', '#12345', '#1234567', '#ggg', 'url(x)', '#fff;x:y', ' #fff', '#fff\n', 'var(--x)'],
	name: [
		'<img src=x onerror=alert(1)>',
		'a'.repeat(10_240),
		'a'.repeat(81),
		'',
		'   ',
		'...',
		'Clinic\u0000',
		'A"B',
		'A<B',
		'x{y}',
		'a\nb',
	],
	contact: [
		'javascript:alert(1)',
		'JaVaScRiPt:alert(1)',
		'http://clinic.example/',
		'data:text/html,<script>alert(1)</script>',
		'//clinic.example/',
		'/book',
		'https://',
		'https://user:pass@clinic.example/',
		`https://clinic.example/${'a'.repeat(300)}`,
		'not a url',
		'',
	],
};

describe('hostile values', () => {
	const parsers = { accent: parseAccent, name: parseName, contact: parseContact };
	const cases = Object.entries(hostile).flatMap(([param, values]) =>
		values.map((value) => [param, value.length > 40 ? `${value.slice(0, 20)}… (${value.length} characters)` : value, value] as const),
	);
	it.each(cases)('%s rejects %j', (param, _label, value) => {
		expect(parsers[param as keyof typeof parsers](value)).toBeUndefined();
	});
});

describe('parseAccent', () => {
	it('accepts #rgb and #rrggbb, as lower-case #rrggbb', () => {
		expect(parseAccent('#0a7')).toBe('#00aa77');
		expect(parseAccent('#0F766E')).toBe('#0f766e');
	});

	it('ignores a missing value', () => {
		expect(parseAccent(null)).toBeUndefined();
	});
});

describe('parseName', () => {
	it("accepts letters in any script, digits, spaces and .,'&()-", () => {
		expect(parseName("Dr. Smith's Skin & Laser (North) - Clinic 2")).toBe("Dr. Smith's Skin & Laser (North) - Clinic 2");
		expect(parseName('Clínica Piel Élite')).toBe('Clínica Piel Élite');
		expect(parseName('a'.repeat(80))).toBe('a'.repeat(80));
	});

	it('trims and collapses spaces', () => {
		expect(parseName('  Skin   Clinic ')).toBe('Skin Clinic');
	});
});

describe('parseContact', () => {
	it('accepts an https URL and re-serialises it', () => {
		expect(parseContact('https://clinic.example/book?x=1#now')).toBe('https://clinic.example/book?x=1#now');
		expect(parseContact('HTTPS://Clinic.Example')).toBe('https://clinic.example/');
		expect(parseContact('https://clinic.example/a b')).toBe('https://clinic.example/a%20b');
	});
});

describe('parseTheme', () => {
	it('is light, dark, or auto for anything else', () => {
		expect(parseTheme('light')).toBe('light');
		expect(parseTheme('dark')).toBe('dark');
		expect(parseTheme('auto')).toBe('auto');
		expect(parseTheme('Dark')).toBe('auto');
		expect(parseTheme('dark;color:red')).toBe('auto');
		expect(parseTheme(null)).toBe('auto');
	});
});

describe('parseIds', () => {
	it('keeps each well-formed id once, in order', () => {
		expect(parseIds('does-it-hurt, downtime,does-it-hurt')).toEqual(['does-it-hurt', 'downtime']);
	});

	it('drops malformed ids, and gives [] when none is left', () => {
		expect(parseIds('downtime,<script>,../x,Does-It-Hurt')).toEqual(['downtime']);
		expect(parseIds('<img src=x>')).toEqual([]);
		expect(parseIds('a,'.repeat(5000))).toEqual([]);
	});

	it('means all questions when missing or empty', () => {
		expect(parseIds(null)).toBeUndefined();
		expect(parseIds('')).toBeUndefined();
	});

	it('keeps at most 50', () => {
		expect(parseIds(Array.from({ length: 60 }, (_, index) => `q${index}`).join(','))).toHaveLength(50);
	});
});

describe('readBranding', () => {
	it('reads every valid parameter', () => {
		const params = new URLSearchParams({
			accent: '#a21caf',
			name: 'Skin & Co',
			contact: 'https://skin.example/book',
			theme: 'dark',
			ids: 'downtime',
		});
		expect(readBranding(params)).toEqual({
			accent: '#a21caf',
			name: 'Skin & Co',
			contact: 'https://skin.example/book',
			theme: 'dark',
			ids: ['downtime'],
		});
	});

	it('leaves out every hostile parameter', () => {
		const params = new URLSearchParams({
			accent: hostile.accent[0]!,
			name: hostile.name[0]!,
			contact: hostile.contact[0]!,
			theme: '<b>',
		});
		expect(readBranding(params)).toEqual({ theme: 'auto' });
	});
});

describe('contrast', () => {
	it('follows the WCAG formula', () => {
		expect(relativeLuminance('#ffffff')).toBe(1);
		expect(relativeLuminance('#000000')).toBe(0);
		expect(contrastRatio('#ffffff', '#000000')).toBe(21);
		expect(contrastRatio('#000000', '#ffffff')).toBe(21);
		expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
	});

	it.each([
		['#0f766e', '#ffffff'],
		['#1d4ed8', '#ffffff'],
		['#fde047', '#0f172a'],
		['#5eead4', '#0f172a'],
	])('puts the more readable of white and near-black on %s', (accent, text) => {
		expect(textOn(accent)).toBe(text);
	});
});

describe('accentColours', () => {
	it('keeps an accent readable on the background, with readable text on it', () => {
		expect(accentColours('#1d4ed8', 'light')).toEqual({ accent: '#1d4ed8', onAccent: '#ffffff', custom: true });
		expect(accentColours('#fde047', 'dark')).toEqual({ accent: '#fde047', onAccent: '#0f172a', custom: true });
	});

	it('falls back to the default accent when the accent is too faint for the background', () => {
		// Yellow on white and navy on near-black are under 3:1.
		expect(accentColours('#fde047', 'light')).toEqual({ ...pick(embedColours.light), custom: false });
		expect(accentColours('#1e3a8a', 'dark')).toEqual({ ...pick(embedColours.dark), custom: false });
		expect(accentColours('#ffffff', 'light').custom).toBe(false);
	});

	it('uses the default accent when there is none', () => {
		expect(accentColours(undefined, 'light')).toEqual({ ...pick(embedColours.light), custom: false });
	});

	it('has defaults that pass their own checks', () => {
		for (const scheme of ['light', 'dark'] as const) {
			const { background, accent, onAccent } = embedColours[scheme];
			expect(contrastRatio(accent, background)).toBeGreaterThanOrEqual(3);
			expect(contrastRatio(accent, onAccent)).toBeGreaterThanOrEqual(4.5);
		}
	});

	it('never returns text under 4.5:1 on the accent', () => {
		for (let grey = 0; grey < 256; grey += 5) {
			const hex = `#${grey.toString(16).padStart(2, '0').repeat(3)}`;
			for (const scheme of ['light', 'dark'] as const) {
				const { accent, onAccent } = accentColours(hex, scheme);
				expect(contrastRatio(accent, onAccent), `${hex} ${scheme}`).toBeGreaterThanOrEqual(4.5);
			}
		}
	});
});

function pick({ accent, onAccent }: { accent: string; onAccent: string }) {
	return { accent, onAccent };
}
