/**
 * The words the search page's script shows, in the page's language. The view writes them from
 * `ui(lang).search.script` into the page as JSON, so the script carries no language of its own.
 */
import type { ui } from '../i18n/ui';

export type SearchText = ReturnType<typeof ui>['search']['script'];

/** A template with each `{name}` replaced by its value; a name with no value is left as written. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** Items as a list in a sentence: “a”, “a or b”, “a, b or c”, with the language's word before the last. */
export function listOf(items: readonly string[], last: string): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')}${last}${items.at(-1)}`;
}
