/**
 * A clinic's name and phone number on the printed aftercare sheet, read from its address
 * (`/aftercare/print/?clinic=…&phone=…`), and the link /for-clinics/ makes for it. Each value is
 * checked strictly and dropped when it fails, so a bad or hostile value leaves the blank line to
 * write on. The name is checked as the embed checks a clinic's name (branding.ts).
 */
import { parseName } from '../embed/branding';

/** The printable sheet that shows a clinic's details. */
export const sheetPath = '/aftercare/print/';

/** The query parameters the sheet reads, in the order the link writes them. */
const sheetParams = ['clinic', 'phone'] as const;

export const maxPhoneLength = 30;
/** Enough for a short local number; at most the 15 digits an international number may have. */
const minPhoneDigits = 5;
const maxPhoneDigits = 15;

/** An optional leading `+`, then digits, spaces and `( ) - .`, starting with a digit or `(`. */
const phonePattern = /^\+?[0-9(][0-9 ().-]*$/;

/**
 * A phone number of at most 30 characters, written with digits, spaces and `+ ( ) - .` (a `+`
 * only at the start), with 5 to 15 digits; runs of spaces collapsed. Anything else is undefined.
 */
export function parsePhone(value: string | null | undefined): string | undefined {
	if (!value || value.length > maxPhoneLength * 2) return undefined;
	const phone = value.replace(/ +/g, ' ').trim();
	if (phone.length > maxPhoneLength || !phonePattern.test(phone)) return undefined;
	const digits = phone.replace(/[^0-9]/g, '').length;
	return digits >= minPhoneDigits && digits <= maxPhoneDigits ? phone : undefined;
}

export interface SheetDetails {
	clinic?: string;
	phone?: string;
}

/** The clinic's details from the sheet's query string; a value that fails its check is left out. */
export function readSheetDetails(params: URLSearchParams): SheetDetails {
	const clinic = parseName(params.get('clinic'));
	const phone = parsePhone(params.get('phone'));
	return { ...(clinic ? { clinic } : {}), ...(phone ? { phone } : {}) };
}

/**
 * The address of the sheet with the clinic's details, on `site` (the canonical address or this
 * origin); `path` is the sheet in the page's language (`/es/cuidados-posteriores/imprimir/`).
 */
export function sheetUrl(site: URL | string, details: SheetDetails = {}, path = sheetPath): string {
	const url = new URL(path, site);
	for (const key of sheetParams) {
		const value = details[key];
		if (value) url.searchParams.set(key, value);
	}
	return url.href;
}
