/**
 * The "Print this page" button (src/components/PrintButton.astro): hidden without JavaScript,
 * where the note about Ctrl+P / Command+P stands alone, and shown here, where it opens the
 * browser's print dialog.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print-button]')) {
	button.hidden = false;
	button.addEventListener('click', () => window.print());
}
