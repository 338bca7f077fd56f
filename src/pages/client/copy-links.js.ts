/**
 * `/client/copy-links.js`: the aftercare pages' "Copy link" code, which the site script
 * (src/client/site.ts) imports when a copy button is first pressed. It is bundled here, not by
 * Vite, because a Vite-built `import()` brings a preload helper into the site script that
 * every content page would then fetch.
 */
import type { APIRoute } from 'astro';
import { bundleScript } from '../../client/bundle';

export const GET: APIRoute = () => bundleScript('src/client/copy-links.ts', 'esm');
