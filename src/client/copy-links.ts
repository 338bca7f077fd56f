/**
 * "Copy link" on the aftercare pages. Each CopyLink (src/components/CopyLink.astro) is a plain
 * `#<id>` link without JavaScript; with it, the site script shows the button instead, and loads
 * this module when one is first pressed. The button copies the full address of the step on this
 * origin (`<origin>/aftercare/#<id>`, so it is right on a preview server and on the live site
 * alike), shows "Link copied" beside the button and says it in the page's live region. When the
 * clipboard is missing or refused, the address appears in a field beside the button, selected,
 * with a message saying how to copy it. Its words come from the live region, which the page
 * writes in its language (CopyLinkStatus.astro). Nothing here sets inline styles.
 */
import { copyText, createAnnouncer } from './clipboard';

/** How long "Link copied" stays beside the button and in the live region. */
const shownForMs = 4000;

const announce = createAnnouncer({ clearAfterMs: shownForMs });
const doneTimers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/** The page's words for what the script says, from the live region's data attributes. */
interface Words {
	copied: string;
	address: string;
	selected: string;
}

function wordsOf(region: HTMLElement): Words {
	const { copied = '', address = '', selected = '' } = region.dataset;
	return { copied, address, selected };
}

/** "Link copied" beside the button, for sighted readers; the live region speaks for it. */
function showDone(wrapper: HTMLElement, words: Words): void {
	let done = wrapper.querySelector<HTMLElement>('[data-copy-link-done]');
	if (!done) {
		done = document.createElement('span');
		done.dataset.copyLinkDone = '';
		done.setAttribute('aria-hidden', 'true');
		done.className = 'font-semibold text-slate-900 dark:text-slate-100';
		wrapper.append(done);
	}
	done.textContent = words.copied;
	done.hidden = false;
	clearTimeout(doneTimers.get(wrapper));
	const shown = done;
	doneTimers.set(
		wrapper,
		setTimeout(() => (shown.hidden = true), shownForMs),
	);
}

/** The field that shows the address to copy by hand, made the first time it is needed. */
function fallbackField(wrapper: HTMLElement, button: HTMLButtonElement, url: string, words: Words): HTMLInputElement {
	let field = wrapper.querySelector<HTMLInputElement>('input[data-copy-link-field]');
	if (!field) {
		field = document.createElement('input');
		field.type = 'text';
		field.readOnly = true;
		field.dataset.copyLinkField = '';
		// Named after the step or section, like the button, so the reader knows whose address it is.
		const targetId = button.getAttribute('aria-labelledby')?.split(' ')[1] ?? '';
		const target = document.getElementById(targetId)?.textContent?.trim();
		field.setAttribute('aria-label', target ? `${words.address}: ${target}` : words.address);
		field.className =
			'min-h-8 w-full min-w-0 max-w-md rounded border border-slate-500 bg-white px-2 py-1 font-mono text-sm text-slate-900 dark:border-slate-400 dark:bg-slate-950 dark:text-slate-100';
		wrapper.append(field);
	}
	field.value = url;
	return field;
}

/**
 * Copies the address of a copy button's step or section (`<origin>/aftercare/#<id>`) and says
 * so; when the clipboard is missing or refused, shows the address selected in a field instead.
 * The site script (src/client/site.ts) loads this module and calls it on the first click.
 */
export async function copyLink(button: HTMLButtonElement): Promise<void> {
	const wrapper = button.closest<HTMLElement>('[data-copy-link]');
	const region = document.querySelector<HTMLElement>('[data-copy-link-status]');
	if (!wrapper || !region) return;
	const url = new URL(button.dataset.copyPath ?? '', location.href).href;
	const words = wordsOf(region);
	if (await copyText(url)) {
		wrapper.querySelector<HTMLInputElement>('input[data-copy-link-field]')?.remove();
		showDone(wrapper, words);
		announce(region, words.copied);
	} else {
		const field = fallbackField(wrapper, button, url, words);
		field.focus();
		field.select();
		announce(region, words.selected);
	}
}
