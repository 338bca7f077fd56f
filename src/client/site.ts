/**
 * The one script on a content page, inlined and kept small: it fetches nothing until the reader
 * uses something that needs more.
 *
 * - Keys: `/` moves to the search box (not while typing in a field), Escape empties the search
 *   box you are in, and Escape hides a glossary tooltip (src/vocabulary/tooltip.ts).
 *   Search itself loads Pagefind only on use.
 * - Arrival: the part of the page the address points at (`#sun-afterwards`) gets focus, so a
 *   keyboard or screen reader user starts where a link or search result meant them to.
 * - Tools: a control that needs a script is in the HTML but `hidden`, beside the plain HTML it
 *   stands in for (`data-without-script`): this shows the one and hides the other. Print opens
 *   the print dialog; a copy button loads its code (`/client/copy-links.js`, named in its
 *   `data-script`) on first click, and a tool's menus load theirs on first change.
 */
import { isSearchShortcut } from '../search/keys';
import { dismissTooltip } from '../vocabulary/tooltip';

/** Focuses the element the address's fragment names (ids are plain slugs); an old id, an empty mark, stands for its part. */
function focusTarget(): void {
	const named = location.hash ? document.getElementById(location.hash.slice(1)) : null;
	const target = named?.hasChildNodes() ? named : named?.parentElement;
	if (!target?.closest('main')) return;
	if (target.tabIndex < 0) target.tabIndex = -1;
	target.focus({ preventScroll: true });
}

focusTarget();
addEventListener('hashchange', focusTarget);

for (const control of document.querySelectorAll<HTMLElement>('[data-needs-script]')) control.hidden = false;
for (const fallback of document.querySelectorAll<HTMLElement>('[data-without-script]')) fallback.hidden = true;

document.addEventListener('click', (event) => {
	const control =
		event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-print-button], button[data-copy-path]') : null;
	if (control?.matches('[data-print-button]')) window.print();
	// The address comes from the page so that Vite leaves this import alone (see copy-links.js.ts).
	else if (control) void import(/* @vite-ignore */ control.dataset.script ?? '').then(({ copyLink }) => copyLink(control));
});

// A tool's menus load their code on the first change (the side-effects "Is this normal?" table).
document.addEventListener('change', (event) => {
	const form = event.target instanceof Element ? event.target.closest<HTMLFormElement>('form[data-script]') : null;
	if (form) void import(/* @vite-ignore */ form.dataset.script ?? '').then(({ filter }) => filter(form));
});

document.addEventListener('keydown', (event) => {
	const target = event.target instanceof HTMLElement ? event.target : null;
	if (isSearchShortcut(event, target)) {
		const box = document.querySelector<HTMLInputElement>('input[data-search-input]');
		if (!box) return;
		event.preventDefault();
		box.focus();
		box.select();
	} else if (event.key === 'Escape' && target instanceof HTMLInputElement && target.matches('[data-search-input]') && target.value) {
		event.preventDefault();
		target.value = '';
		target.dispatchEvent(new Event('input', { bubbles: true }));
	} else if (event.key === 'Escape') {
		dismissTooltip(target);
	}
});
