import { describe, expect, it } from 'vitest';
import { langWhere } from './languages';

describe('langWhere', () => {
	it('marks words only on a page in another language', () => {
		expect(langWhere('en', 'es')).toBe('en');
		expect(langWhere('es', 'en')).toBe('es');
		expect(langWhere('en', 'en')).toBeUndefined();
		expect(langWhere('es', 'es')).toBeUndefined();
	});
});
