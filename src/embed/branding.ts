/**
 * A clinic's branding for the embedded FAQ, read from the embed's query parameters. Every value
 * is checked against a strict pattern and dropped when it fails, so a bad or hostile value
 * gives the default embed. Colours are only used where they stay readable (WCAG contrast).
 */

type Theme = 'light' | 'dark' | 'auto';
export type Scheme = 'light' | 'dark';

interface Branding {
	/** `#rrggbb`, lower case. */
	accent?: string;
	name?: string;
	/** A re-serialised `https:` URL. */
	contact?: string;
	theme: Theme;
	/** Question ids asked for (malformed ones dropped); undefined means all questions. */
	ids?: string[];
}

export const maxNameLength = 80;
const maxContactLength = 300;
const maxIds = 50;

const accentPattern = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
/** Letters (any script, with their marks), digits, spaces and `.,'&()-`; at least one letter or digit. */
const namePattern = /^(?=.*[\p{L}\p{N}])[\p{L}\p{M}\p{N} .,'&()-]+$/u;
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `#rgb` or `#rrggbb` as `#rrggbb` in lower case, or undefined. */
export function parseAccent(value: string | null | undefined): string | undefined {
	if (!value || !accentPattern.test(value)) return undefined;
	const hex = value.slice(1).toLowerCase();
	return `#${hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex}`;
}

/** A clinic name of 1–80 allowed characters, with runs of spaces collapsed, or undefined. */
export function parseName(value: string | null | undefined): string | undefined {
	if (!value || value.length > maxNameLength * 2) return undefined;
	const name = value.replace(/ +/g, ' ').trim();
	return name.length >= 1 && name.length <= maxNameLength && namePattern.test(name) ? name : undefined;
}

/** An absolute `https:` URL of at most 300 characters, without credentials, re-serialised. */
export function parseContact(value: string | null | undefined): string | undefined {
	if (!value || value.length > maxContactLength) return undefined;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return undefined;
	}
	if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) return undefined;
	return url.href.length <= maxContactLength ? url.href : undefined;
}

/** `light`, `dark` or (for anything else) `auto`. */
export function parseTheme(value: string | null | undefined): Theme {
	return value === 'light' || value === 'dark' ? value : 'auto';
}

/**
 * Comma-separated question ids: each well-formed id once, at most 50; malformed ones dropped.
 * No value means all questions (undefined); a value with no well-formed id gives `[]`.
 */
export function parseIds(value: string | null | undefined): string[] | undefined {
	if (!value) return undefined;
	if (value.length > maxIds * 81) return [];
	const ids = value
		.split(',')
		.map((id) => id.trim())
		.filter((id) => id.length <= 80 && idPattern.test(id));
	return [...new Set(ids)].slice(0, maxIds);
}

/** All branding from the query string; a parameter that fails its check is left out. */
export function readBranding(params: URLSearchParams): Branding {
	const accent = parseAccent(params.get('accent'));
	const name = parseName(params.get('name'));
	const contact = parseContact(params.get('contact'));
	const ids = parseIds(params.get('ids'));
	return {
		...(accent ? { accent } : {}),
		...(name ? { name } : {}),
		...(contact ? { contact } : {}),
		theme: parseTheme(params.get('theme')),
		...(ids ? { ids } : {}),
	};
}

/** WCAG 2.2 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((start) => {
		const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
		return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
	return (light! + 0.05) / (dark! + 0.05);
}

/** The embed's own colours; the accents are the site's brand teal, readable on each background. */
export const embedColours = {
	light: { background: '#ffffff', accent: '#0f766e', onAccent: '#ffffff' },
	dark: { background: '#020617', accent: '#5eead4', onAccent: '#0f172a' },
} as const;

/** Text colours for accent-coloured surfaces: white or the site's near-black. */
const textColours = ['#ffffff', '#0f172a'] as const;

/** White or near-black, whichever contrasts more with the accent. */
export function textOn(accent: string): string {
	return contrastRatio(accent, textColours[0]) >= contrastRatio(accent, textColours[1]) ? textColours[0] : textColours[1];
}

interface AccentColours {
	accent: string;
	onAccent: string;
	/** False when the clinic's accent was not readable and the default is used. */
	custom: boolean;
}

/**
 * The accent and its text colour for a colour scheme. A clinic's accent is used only when it
 * has at least 3:1 contrast with the background (borders, markers, buttons: WCAG 1.4.11) and
 * white or near-black text on it reaches 4.5:1 (WCAG 1.4.3); otherwise the default accent is.
 */
export function accentColours(accent: string | undefined, scheme: Scheme): AccentColours {
	const colours = embedColours[scheme];
	if (accent && contrastRatio(accent, colours.background) >= 3) {
		const onAccent = textOn(accent);
		if (contrastRatio(accent, onAccent) >= 4.5) return { accent, onAccent, custom: true };
	}
	return { accent: colours.accent, onAccent: colours.onAccent, custom: false };
}
