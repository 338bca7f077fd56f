/**
 * Fills the clinic's name and phone number on the printed aftercare sheet from its address
 * (`?clinic=…&phone=…`), checked by src/aftercare-links/clinic-sheet.ts. It runs inline, right after the
 * fields, so they are filled before the page is first drawn. Values only ever go into
 * `textContent`; one that fails its check is left out, and its blank line stays.
 */
import { readSheetDetails, type SheetDetails } from '../aftercare-links/clinic-sheet';

const details = readSheetDetails(new URLSearchParams(location.search));
const box = document.querySelector<HTMLElement>('[data-clinic-details]');
for (const field of box?.querySelectorAll<HTMLElement>('[data-clinic-field]') ?? []) {
	const value = details[field.dataset.clinicField as keyof SheetDetails];
	const slot = field.querySelector('[data-clinic-value]');
	if (!value || !slot || !box) continue;
	slot.textContent = value;
	field.dataset.filled = '';
	box.dataset.filled = '';
}
