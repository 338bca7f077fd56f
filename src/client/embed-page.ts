/**
 * The embedded FAQ's script: applies a clinic's branding from the query string and tells the
 * page around the frame how tall the content is. Every value comes from `readBranding`, which
 * drops anything that fails its check; values reach the page only as text (`textContent`), a
 * re-serialised URL (`href`) or CSS custom properties (`style.setProperty`), never as markup.
 */
import { accentColours, readBranding, type Scheme } from '../embed/branding';
import { heightMessage } from '../embed/messages';

const root = document.documentElement;
const content = document.querySelector<HTMLElement>('[data-embed-root]') ?? document.body;
const branding = readBranding(new URLSearchParams(window.location.search));

if (branding.theme !== 'auto') root.dataset.theme = branding.theme;

// The accent is checked against the background it is shown on, so it follows the scheme.
const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
const scheme = (): Scheme => (branding.theme === 'auto' ? (darkQuery.matches ? 'dark' : 'light') : branding.theme);
function applyAccent(): void {
	const colours = accentColours(branding.accent, scheme());
	if (colours.custom) {
		root.style.setProperty('--accent', colours.accent);
		root.style.setProperty('--on-accent', colours.onAccent);
	} else {
		root.style.removeProperty('--accent');
		root.style.removeProperty('--on-accent');
	}
}
if (branding.accent) {
	applyAccent();
	darkQuery.addEventListener('change', applyAccent);
}

const nameLine = document.querySelector<HTMLElement>('[data-embed-name]');
const nameText = document.querySelector<HTMLElement>('[data-embed-name-text]');
if (branding.name && nameLine && nameText) {
	nameText.textContent = branding.name;
	nameLine.hidden = false;
}

const contactLine = document.querySelector<HTMLElement>('[data-embed-contact]');
const contactLink = document.querySelector<HTMLAnchorElement>('[data-embed-contact-link]');
if (branding.contact && contactLine && contactLink) {
	contactLink.href = new URL(branding.contact).href;
	contactLink.target = '_blank';
	contactLink.rel = 'noopener';
	contactLine.hidden = false;
}

// `?ids=` shows only those questions; when none of them exists, a note above the full list.
if (branding.ids) {
	const wanted = new Set(branding.ids);
	const questions = [...document.querySelectorAll<HTMLDetailsElement>('[data-embed-question]')];
	const picked = questions.filter((question) => wanted.has(question.id));
	if (picked.length === 0) {
		const notFound = document.querySelector<HTMLElement>('[data-embed-not-found]');
		if (notFound) notFound.hidden = false;
	} else {
		for (const question of questions) question.hidden = !wanted.has(question.id);
		for (const group of document.querySelectorAll<HTMLElement>('[data-embed-group]')) {
			group.hidden = !group.querySelector('[data-embed-question]:not([hidden])');
		}
		if (picked.length === 1) picked[0]!.open = true;
	}
}

// The height the frame needs: the content's own box, not `scrollHeight` (which never shrinks
// below the frame's current height). Sent whenever it changes, including on open and close.
let reported = -1;
function reportHeight(): void {
	if (window.parent === window) return;
	const message = heightMessage(content.getBoundingClientRect().height);
	if (message.height === reported) return;
	reported = message.height;
	window.parent.postMessage(message, '*');
}
const observer = new ResizeObserver(reportHeight);
observer.observe(root);
observer.observe(content);
document.addEventListener('toggle', reportHeight, true);
reportHeight();
