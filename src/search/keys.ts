/** The parts of a key press the shortcuts read. */
type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'defaultPrevented'>;

/** The parts of the focused element the shortcuts read. */
interface KeyTarget {
	tagName?: string;
	isContentEditable?: boolean;
}

/** Whether the reader is typing into something, where `/` is a character rather than a shortcut. */
export function isTypingTarget(target: KeyTarget | null): boolean {
	return Boolean(target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/i.test(target.tagName ?? '')));
}

/** `/` alone, pressed outside a field: move to the search box. */
export function isSearchShortcut(event: KeyPress, target: KeyTarget | null): boolean {
	return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.defaultPrevented && !isTypingTarget(target);
}
