import { describe, expect, it } from 'vitest';
import { byOrder, groupInOrder } from './order';

const entry = (id: string, order: number, topic: string) => ({ id, data: { order, topic } });

describe('byOrder', () => {
	it('sorts by order, then by id for ties', () => {
		const sorted = [entry('c', 2, ''), entry('b', 1, ''), entry('a', 2, '')].sort(byOrder);
		expect(sorted.map((item) => item.id)).toEqual(['b', 'a', 'c']);
	});
});

describe('groupInOrder', () => {
	it('groups in the listed key order, sorts each group, and drops empty groups', () => {
		const groups = groupInOrder(
			['basics', 'safety', 'results'],
			[entry('x', 2, 'results'), entry('y', 1, 'basics'), entry('z', 1, 'results')],
			(item) => item.data.topic as 'basics' | 'safety' | 'results',
		);
		expect(groups.map((group) => [group.key, group.entries.map((item) => item.id)])).toEqual([
			['basics', ['y']],
			['results', ['z', 'x']],
		]);
	});
});
