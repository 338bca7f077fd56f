/**
 * The two makers on /for-clinics/.
 *
 * - The snippet maker shows its options form (hidden without JavaScript, when the page offers
 *   the whole-FAQ snippets instead), and on every change rebuilds both snippets and the policy
 *   sources with src/embed/snippet.ts, in the language chosen, and points the live preview at
 *   our own embed page. The preview sizes itself from the embed's height messages, checked the
 *   way /embed.js checks them.
 * - The aftercare sheet maker turns a clinic's name and phone into the link to the printable
 *   sheet (src/aftercare-links/clinic-sheet.ts). Without JavaScript its form opens the sheet itself.
 *
 * Values only ever go into `.value`, `.textContent` and URLs, never into markup. Every word the
 * script shows comes from the page (`#clinics-text`, written from the page's language).
 */
import { parseAccent, parseContact, parseName } from '../embed/branding';
import { clampHeight, isAcceptedMessage } from '../embed/loader';
import { type EmbedOptions, embedPolicy, embedUrl, iframeSnippet, scriptSnippet } from '../embed/snippet';
import { type Lang, langOf } from '../i18n/languages';
import { parsePhone, type SheetDetails, sheetUrl } from '../aftercare-links/clinic-sheet';
import { copyText, createAnnouncer } from './clipboard';

/** Typing pauses this long before the preview reloads, so it does not reload on every key. */
const previewDelayMs = 300;
/** How long "Copied" stays on screen. */
const statusForMs = 6000;

function part<T extends Element>(selector: string, root: ParentNode = document): T {
	const found = root.querySelector<T>(selector);
	if (!found) throw new Error(`The for-clinics page has no ${selector} element.`);
	return found;
}

/** The page's words for this script (src/views/ForClinicsPage.astro). */
interface ClinicsText {
	problems: Record<'accent' | 'name' | 'contact' | 'phone', string>;
	pickNone: string;
	copied: string;
	selected: Record<string, string>;
	/** Each language's snippet words: the fallback link, and the frame title by topic (`all` for the whole FAQ). */
	snippets: Record<Lang, { linkText: string; titles: Record<string, string> }>;
}

const text = JSON.parse(part<HTMLScriptElement>('#clinics-text').textContent ?? '') as ClinicsText;
const builder = part<HTMLElement>('[data-clinics-builder]');
const site = builder.dataset.site || location.origin;
const form = part<HTMLFormElement>('[data-embed-form]', builder);
const topicSelect = part<HTMLSelectElement>('#embed-topic', form);
const accentInput = part<HTMLInputElement>('#embed-accent', form);
const accentPicker = part<HTMLInputElement>('#embed-accent-picker', form);
const accentReset = part<HTMLButtonElement>('[data-accent-reset]', form);
const nameInput = part<HTMLInputElement>('#embed-name', form);
const contactInput = part<HTMLInputElement>('#embed-contact', form);
const pickHint = part<HTMLElement>('[data-pick-hint]', form);
const preview = part<HTMLIFrameElement>('[data-embed-preview]', builder);
const startColour = accentPicker.value;
const pickHintText = pickHint.textContent ?? '';

type FieldName = 'accent' | 'name' | 'contact';
const fields: Record<FieldName, HTMLInputElement> = { accent: accentInput, name: nameInput, contact: contactInput };

/** The options the form describes, and what is wrong with any field the options leave out. */
function readForm(): { options: EmbedOptions; problems: Record<FieldName, string>; scope: string; picked: number } {
	const data = new FormData(form);
	const scope = String(data.get('scope') ?? 'all');
	const options: EmbedOptions = { lang: langOf(String(data.get('lang') ?? '')) };
	const problems: Record<FieldName, string> = { accent: '', name: '', contact: '' };
	const ids = data.getAll('ids').map(String);
	if (scope === 'topic') options.topic = topicSelect.value;
	if (scope === 'pick' && ids.length > 0) options.ids = ids;

	// Each value is checked as the embed page checks it; one it would drop is left out here too.
	const parsers = { accent: parseAccent, name: parseName, contact: parseContact };
	for (const field of Object.keys(fields) as FieldName[]) {
		const value = fields[field].value.trim();
		const parsed = parsers[field](value);
		if (parsed) options[field] = parsed;
		else if (value) problems[field] = text.problems[field];
	}

	const theme = String(data.get('theme') ?? 'auto');
	if (theme === 'light' || theme === 'dark') options.theme = theme;
	return { options, problems, scope, picked: ids.length };
}

/**
 * Shows (or clears) a field's problem in its message element; `reveal` is false while the reader
 * is still typing, so a problem first shows when the field is left (or the form sent).
 */
function showProblem(input: HTMLInputElement, message: HTMLElement, problem: string, reveal: boolean): void {
	if (problem && !reveal && input.getAttribute('aria-invalid') !== 'true') return;
	message.textContent = problem;
	if (problem) input.setAttribute('aria-invalid', 'true');
	else input.removeAttribute('aria-invalid');
}

let previewTimer: ReturnType<typeof setTimeout> | undefined;

function setPreview(src: string): void {
	if (preview.src !== src) preview.src = src;
}

function update({ reveal = false, now = false } = {}): void {
	const { options, problems, scope, picked } = readForm();
	for (const panel of form.querySelectorAll<HTMLElement>('[data-scope-panel]')) panel.hidden = panel.dataset.scopePanel !== scope;
	pickHint.textContent = scope === 'pick' && picked === 0 ? `${pickHintText} ${text.pickNone}` : pickHintText;
	for (const field of Object.keys(fields) as FieldName[]) {
		showProblem(fields[field], part<HTMLElement>(`[data-field-error="${field}"]`, form), problems[field], reveal);
	}

	const words = text.snippets[langOf(options.lang)];
	part<HTMLTextAreaElement>('[data-snippet="script"]', builder).value = scriptSnippet({ site, linkText: words.linkText, ...options });
	part<HTMLTextAreaElement>('[data-snippet="iframe"]', builder).value = iframeSnippet({
		src: embedUrl(site, options),
		title: words.titles[options.topic ?? 'all'] ?? words.titles.all!,
	});
	part<HTMLTextAreaElement>('[data-snippet="csp"]', builder).value = embedPolicy(site, options.lang);

	const src = embedUrl(location.origin, options);
	clearTimeout(previewTimer);
	if (now) setPreview(src);
	else previewTimer = setTimeout(() => setPreview(src), previewDelayMs);
}

form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('input', (event) => {
	if (event.target === accentPicker) accentInput.value = accentPicker.value;
	const typed = event.target === accentInput ? parseAccent(accentInput.value.trim()) : undefined;
	if (typed) accentPicker.value = typed;
	update();
});
// A change is a finished edit (a field left, a box ticked): the time to point out problems.
form.addEventListener('change', () => update({ reveal: true, now: true }));
accentReset.addEventListener('click', () => {
	accentInput.value = '';
	accentPicker.value = startColour;
	update({ reveal: true, now: true });
});

window.addEventListener('message', (event) => {
	if (isAcceptedMessage(event, location.origin, preview.contentWindow)) {
		preview.style.height = `${clampHeight(event.data.height)}px`;
	}
});

/** Puts a message in a snippet's live region; emptied first so a repeat is announced again. */
const announce = createAnnouncer({ clearAfterMs: statusForMs });

// Each copy button copies the field of the same id: a snippet, or the sheet's link.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
	const id = button.dataset.copy ?? '';
	const snippet = part<HTMLTextAreaElement | HTMLInputElement>(`[data-snippet="${id}"]`);
	const status = part<HTMLElement>(`[data-copy-status="${id}"]`);
	button.hidden = false;
	button.addEventListener('click', async () => {
		if (await copyText(snippet.value)) {
			announce(status, text.copied);
		} else {
			// No clipboard access (an old browser, a denied permission): select the text instead.
			snippet.focus();
			snippet.select();
			announce(status, text.selected[button.dataset.copyWhat ?? 'code'] ?? text.selected.code!);
		}
	});
}

form.hidden = false;
update({ now: true });

// The aftercare sheet maker.
const sheetMaker = part<HTMLElement>('[data-sheet-maker]');
const sheetForm = part<HTMLFormElement>('form[data-sheet-form]', sheetMaker);
const sheetFields = {
	clinic: { input: part<HTMLInputElement>('input[name="clinic"]', sheetForm), parse: parseName, problem: text.problems.name },
	phone: { input: part<HTMLInputElement>('input[name="phone"]', sheetForm), parse: parsePhone, problem: text.problems.phone },
} as const;
const sheetLink = part<HTMLInputElement>('[data-snippet="sheet"]', sheetMaker);
const sheetOpen = part<HTMLAnchorElement>('a[data-sheet-open]', sheetMaker);

/** Reads both fields as the sheet reads them, shows their problems, and remakes the link; true when nothing is wrong. */
function updateSheet({ reveal = false } = {}): boolean {
	const details: SheetDetails = {};
	let valid = true;
	for (const [key, field] of Object.entries(sheetFields) as [keyof SheetDetails, (typeof sheetFields)[keyof SheetDetails]][]) {
		const value = field.input.value.trim();
		const parsed = field.parse(value);
		// A value the sheet would drop is left out of the link too.
		if (parsed) details[key] = parsed;
		else if (value) valid = false;
		const message = part<HTMLElement>(`[data-sheet-error="${key}"]`, sheetForm);
		showProblem(field.input, message, parsed || !value ? '' : field.problem, reveal);
	}
	// The form's action is the sheet in the page's language.
	const path = sheetForm.getAttribute('action') ?? undefined;
	sheetLink.value = sheetUrl(site, details, path);
	// Opened here, from this server; the link to share uses the site's public address.
	sheetOpen.href = sheetUrl(location.origin, details, path);
	return valid;
}

sheetForm.addEventListener('input', () => updateSheet());
sheetForm.addEventListener('change', () => updateSheet({ reveal: true }));
// Enter in a field sends the form: it opens the sheet, unless a field needs fixing first.
sheetForm.addEventListener('submit', (event) => {
	if (updateSheet({ reveal: true })) return;
	event.preventDefault();
	Object.values(sheetFields)
		.find((field) => field.input.getAttribute('aria-invalid') === 'true')
		?.input.focus();
});
for (const element of sheetMaker.querySelectorAll<HTMLElement>('[data-sheet-with-script]')) element.hidden = false;
for (const element of sheetMaker.querySelectorAll<HTMLElement>('[data-sheet-without-script]')) element.hidden = true;
updateSheet();
