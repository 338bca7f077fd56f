import { describe, expect, it } from 'vitest';
import { oncePerLanguage } from './once-per-language';

describe('oncePerLanguage', () => {
	it('reads each language once', async () => {
		const reads: string[] = [];
		const value = oncePerLanguage(async (lang) => {
			reads.push(lang);
			return `${lang} text`;
		});
		expect(await value('en')).toBe('en text');
		expect(await value('es')).toBe('es text');
		expect(await value('es')).toBe('es text');
		expect(reads).toEqual(['en', 'es']);
	});
});
