/**
 * The entry point bundled into `/embed.js` (see src/pages/embed.js.ts). It finds its own
 * address to know our origin, then builds the embeds now and, when the script ran before the
 * page finished loading, again once it has (elements already built are skipped).
 */
import { startLoader } from '../embed/loader';

const script = document.currentScript;
const src = script instanceof HTMLScriptElement ? script.src : document.querySelector<HTMLScriptElement>('script[src*="/embed.js"]')?.src;

startLoader(document, window, src);
if (document.readyState === 'loading') {
	document.addEventListener('DOMContentLoaded', () => startLoader(document, window, src), { once: true });
}
