/** Sorts entries by their `order` field, then by id so equal orders stay stable. */
export function byOrder<T extends { id: string; data: { order: number } }>(a: T, b: T): number {
	return a.data.order - b.data.order || a.id.localeCompare(b.id);
}

/**
 * Groups entries by a key, in the order the keys are listed (a closed list such as FAQ topics),
 * sorting each group with `byOrder`. Keys with no entries are left out.
 */
export function groupInOrder<K extends string, T extends { id: string; data: { order: number } }>(
	keys: readonly K[],
	entries: readonly T[],
	keyOf: (entry: T) => K,
): { key: K; entries: T[] }[] {
	return keys
		.map((key) => ({ key, entries: entries.filter((entry) => keyOf(entry) === key).sort(byOrder) }))
		.filter((group) => group.entries.length > 0);
}
