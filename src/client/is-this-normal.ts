/**
 * The "Is this normal?" menus (src/components/IsThisNormal.astro), loaded by the site script on
 * their first change: shows only the chosen sign's row and the chosen day's column, and says the
 * answer in the table's live region. A value the table does not have counts as "every".
 */
export function filter(form: HTMLFormElement): void {
	const root = form.closest<HTMLElement>('[data-is-this-normal]');
	if (!root) return;
	const rows = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-sign]')];
	const chosen = (name: string, known: (string | undefined)[]) => {
		const menu = form.elements.namedItem(name);
		return menu instanceof HTMLSelectElement && known.includes(menu.value) ? menu.value : '';
	};
	const sign = chosen(
		'sign',
		rows.map((row) => row.dataset.sign),
	);
	const cells = [...root.querySelectorAll<HTMLElement>('th[data-day], td[data-day]')];
	const day = chosen(
		'day',
		cells.map((cell) => cell.dataset.day),
	);
	for (const row of rows) row.hidden = sign !== '' && row.dataset.sign !== sign;
	for (const cell of cells) cell.hidden = day !== '' && cell.dataset.day !== day;
	const status = root.querySelector<HTMLElement>('[data-normal-status]');
	if (!status) return;
	const row = rows.find((candidate) => candidate.dataset.sign === sign);
	const dayLabel = cells.find((cell) => cell.matches('th') && cell.dataset.day === day)?.textContent?.trim();
	const answer = row?.querySelector<HTMLElement>(`td[data-day="${CSS.escape(day)}"]`)?.textContent?.trim();
	const signLabel = row?.querySelector('th')?.textContent?.trim();
	status.textContent =
		row && answer ? `${signLabel}, ${dayLabel}: ${answer}.` : `Showing ${row ? signLabel : 'every sign'}, ${dayLabel ?? 'every day'}.`;
}
