/**
 * The site's keyboard shortcuts, on every page: `/` moves to the search box (not while typing in
 * a field), Escape empties the search box you are in, and Escape hides a glossary tooltip
 * without moving focus (WCAG 1.4.13: content shown on hover or focus can be dismissed). It never
 * loads Pagefind.
 */
import { isSearchShortcut } from '../lib/search/keys';

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
		// The tooltip under the pointer, or the one for the focused link; shown again once left.
		const term = document.querySelector<HTMLElement>('.term:hover') ?? target?.closest<HTMLElement>('.term');
		if (!term) return;
		term.dataset.dismissed = '';
		const show = () => delete term.dataset.dismissed;
		term.addEventListener('mouseleave', show, { once: true });
		term.addEventListener('focusout', show, { once: true });
	}
});
