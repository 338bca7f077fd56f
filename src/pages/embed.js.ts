/**
 * `/embed.js`, the loader clinics paste with `<div data-cit-faq …>`: src/lib/embed/loader-entry.ts
 * (and the little it imports) in one minified script that runs in a closure: no imports, no
 * globals, no other requests. The static build writes it to `dist/embed.js`; `astro dev` builds
 * it per request.
 */
import type { APIRoute } from 'astro';
import { bundleScript } from '../lib/site/bundle';

export const GET: APIRoute = () => bundleScript('src/lib/embed/loader-entry.ts', 'iife');
