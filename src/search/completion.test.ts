import { describe, expect, it } from 'vitest';
import { testVocabulary } from '../../tests/fixtures/vocabulary';
import { termBeingTyped } from './completion';

describe('termBeingTyped', () => {
	it('is the one term whose name the last word starts', () => {
		expect(termBeingTyped('redness after CI', testVocabulary)?.id).toBe('microneedling');
		expect(termBeingTyped('ery', testVocabulary)?.id).toBe('erythema');
	});

	it('is nothing for a finished name, a single letter, or a start that fits several terms', () => {
		expect(termBeingTyped('CIT', testVocabulary)).toBeUndefined();
		expect(termBeingTyped('c', testVocabulary)).toBeUndefined();
		expect(termBeingTyped('co', testVocabulary)).toBeUndefined();
		expect(termBeingTyped('CI ', testVocabulary)).toBeUndefined();
	});
});
