/**
 * The glossary tooltip in the browser. CSS shows it on hover and focus; Escape hides the one
 * under the pointer or around the focused link without moving focus (WCAG 1.4.13: content shown
 * on hover or focus can be dismissed), until the pointer or focus leaves it.
 */

/** The class of a linked mention, around its link and tooltip (see `termLink`). */
export const termClass = 'term';

export function dismissTooltip(target: HTMLElement | null): void {
	const term = document.querySelector<HTMLElement>(`.${termClass}:hover`) ?? target?.closest<HTMLElement>(`.${termClass}`);
	if (!term) return;
	term.dataset.dismissed = '';
	const show = () => delete term.dataset.dismissed;
	term.addEventListener('mouseleave', show, { once: true });
	term.addEventListener('focusout', show, { once: true });
}
