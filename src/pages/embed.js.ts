/**
 * `/embed.js`, the loader clinics paste with `<div data-cit-faq …>`: src/client/embed-loader.ts
 * (and the little it imports) in one minified script that runs in a closure: no imports, no
 * globals, no other requests. The static build writes it to `dist/embed.js`; `astro dev` builds
 * it per request.
 */
import type { APIRoute } from 'astro';
import { bundleScript } from '../client/bundle';

export const GET: APIRoute = () => bundleScript('src/client/embed-loader.ts', 'iife');
