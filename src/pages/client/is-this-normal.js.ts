/**
 * `/client/is-this-normal.js`: the side-effects table's menus, which the site script imports
 * when one first changes. Bundled here for the reason given in copy-links.js.ts.
 */
import type { APIRoute } from 'astro';
import { bundleScript } from '../../client/bundle';

export const GET: APIRoute = () => bundleScript('src/client/is-this-normal.ts', 'esm');
