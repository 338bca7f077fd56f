import { describe, expect, it } from 'vitest';
import { parsePhone, readSheetDetails, sheetUrl } from './clinic-sheet';

describe('parsePhone', () => {
	it.each([
		['+1 (555) 010-0199', '+1 (555) 010-0199'],
		['020 7946 0958', '020 7946 0958'],
		['555.010.0199', '555.010.0199'],
		['(02) 9876 5432', '(02) 9876 5432'],
		['+44 (0)20 7946 0958', '+44 (0)20 7946 0958'],
		['12345', '12345'],
		['123456789012345', '123456789012345'],
	])('accepts %j', (value, expected) => {
		expect(parsePhone(value)).toBe(expected);
	});

	it('trims and collapses spaces', () => {
		expect(parsePhone('  555   0100  ')).toBe('555 0100');
	});

	it.each([
		['letters', '555-CALL-NOW'],
		['an extension written in words', '555 0100 ext 12'],
		['markup', '<img src=x onerror=alert(1)>'],
		['a script', '<script>alert(1)</script>'],
		['a javascript: address', 'javascript:alert(1)'],
		['a tel: address', 'tel:5550100'],
		['a + after the start', '555+0100'],
		['a leading hyphen', '-555 0100'],
		['a tab', '555\t0100'],
		['a line break', '555\n0100'],
		['a non-breaking space', '555\u00a00100'],
		['digits of another script', '٥٥٥٠١٠٠'],
		['too few digits', '1234'],
		['too many digits', '1234567890123456'],
		['over 30 characters', `${'1 '.repeat(15)}1`],
		['5,000 characters', '5'.repeat(5000)],
		['only punctuation', '(---)'],
		['empty', ''],
		['spaces', '   '],
	])('rejects %s', (_label, value) => {
		expect(parsePhone(value)).toBeUndefined();
	});

	it('ignores a missing value', () => {
		expect(parsePhone(null)).toBeUndefined();
		expect(parsePhone(undefined)).toBeUndefined();
	});
});

describe('readSheetDetails', () => {
	it('reads a valid name and phone', () => {
		expect(readSheetDetails(new URLSearchParams({ clinic: 'Skin & Co', phone: '+1 555 010 0199' }))).toEqual({
			clinic: 'Skin & Co',
			phone: '+1 555 010 0199',
		});
	});

	it('leaves out each value that fails its check, and keeps the other', () => {
		expect(readSheetDetails(new URLSearchParams({ clinic: '<b>Clinic</b>', phone: '555 0100' }))).toEqual({ phone: '555 0100' });
		expect(readSheetDetails(new URLSearchParams({ clinic: 'Skin & Co', phone: 'call us' }))).toEqual({ clinic: 'Skin & Co' });
		expect(readSheetDetails(new URLSearchParams('clinic=&phone='))).toEqual({});
		expect(readSheetDetails(new URLSearchParams())).toEqual({});
	});
});

describe('sheetUrl', () => {
	it('puts the details in the query string, encoded', () => {
		expect(sheetUrl('https://guide.example/', { clinic: 'Skin & Co', phone: '+1 (555) 010-0199' })).toBe(
			'https://guide.example/aftercare/print/?clinic=Skin+%26+Co&phone=%2B1+%28555%29+010-0199',
		);
	});

	it('is the plain sheet without details', () => {
		expect(sheetUrl('https://guide.example/')).toBe('https://guide.example/aftercare/print/');
		expect(sheetUrl('https://guide.example/', { phone: '555 0100' })).toBe('https://guide.example/aftercare/print/?phone=555+0100');
	});

	it('is the Spanish sheet when given its path', () => {
		expect(sheetUrl('https://guide.example/', { clinic: 'Clínica Sol' }, '/es/cuidados-posteriores/imprimir/')).toBe(
			'https://guide.example/es/cuidados-posteriores/imprimir/?clinic=Cl%C3%ADnica+Sol',
		);
	});

	it('round-trips through readSheetDetails', () => {
		const details = { clinic: "Dr. Smith's Skin (North)", phone: '+44 (0)20 7946 0958' };
		expect(readSheetDetails(new URL(sheetUrl('https://guide.example/', details)).searchParams)).toEqual(details);
	});
});
