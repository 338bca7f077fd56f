/**
 * `/scripts/is-this-normal.js`: the side-effects table's menus, which the site script imports
 * when one first changes. Bundled here for the reason given in copy-links.js.ts.
 */
import type { APIRoute } from 'astro';
import { bundleScript } from '../../lib/site/bundle';

export const GET: APIRoute = () => bundleScript('src/scripts/is-this-normal.ts', 'esm');
