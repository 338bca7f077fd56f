import { appendFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { framingRules } from './headers.ts';

/**
 * Appends a framing rule for every built page to `dist/_headers` (copied from
 * `public/_headers`), so the embed pages can be framed by clinics' sites and no other page can.
 */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'security-headers',
		hooks: {
			'astro:build:done': async ({ pages, dir, logger }) => {
				const rules = framingRules(pages.map((page) => page.pathname));
				await appendFile(new URL('_headers', dir), `\n# Framing, one rule per page (generated at build).\n${rules}`);
				logger.info(`Framing rules written for ${pages.length} pages.`);
			},
		},
	};
}
