/**
 * The keyboard shortcuts of the site search, on every page: `/` moves to the search box (not
 * while typing in a field), Escape empties the box you are in. It never loads Pagefind.
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
	}
});
