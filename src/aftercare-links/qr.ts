/**
 * The QR code on a printed sheet: made at build time as inline SVG, so the page needs no image
 * file, no script and no request, and prints sharply at any size. A phone camera pointed at the
 * sheet opens the page the sheet was printed from.
 */
import QRCode from 'qrcode';

/** The quiet zone around the code, in modules. The standard asks for 4; 2 reads well on paper. */
export const qrMargin = 2;

/**
 * An `<svg>` QR code of an absolute http(s) URL. It is a labelled image (`role="img"` with the
 * `aria-label` that `label` makes from the address, in the page's language), sized by CSS
 * through its `viewBox`. Error correction "M" survives a crease or a smudge on paper while
 * keeping the code small.
 */
export async function qrSvg(url: string, label: (href: string) => string): Promise<string> {
	const parsed = new URL(url);
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
		throw new Error(`A QR code on a sheet must open a web page: "${url}" is not an http(s) address.`);
	}
	const svg = await QRCode.toString(parsed.href, { type: 'svg', margin: qrMargin, errorCorrectionLevel: 'M' });
	return svg.replace(/^<svg /, `<svg role="img" aria-label="${escapeAttribute(label(parsed.href))}" focusable="false" `).trim();
}

/** Text that is safe inside a double-quoted HTML attribute. */
function escapeAttribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
