import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDir, entryFiles } from '../model/files.ts';
import { loadPublishedIds, publishedIdsPath } from './published-ids.ts';
import { readAftercareAnchors, shortLinkRedirects } from './short-links.ts';

/**
 * Short links for clinic staff: `/a/<id>/` sends readers to `/aftercare/#<id>`, `/es/a/<id>/` to
 * the Spanish page's same anchor, and an id that was renamed or removed keeps working in both
 * (content/aftercare/published-ids.json). The redirects are
 * set with the config, before content collections exist, so they are read from the files; a
 * malformed record gives no removed-id links here, and the aftercare collection's check stops the
 * build with the file, the field and the fix. `astro dev` reloads when one of the files changes.
 */
export function aftercareLinks(): AstroIntegration {
	return {
		name: 'aftercare-links',
		hooks: {
			'astro:config:setup': ({ updateConfig, addWatchFile }) => {
				const root = contentDir();
				const published = loadPublishedIds(root).record ?? { published: [], removed: {} };
				updateConfig({ redirects: shortLinkRedirects(readAftercareAnchors(root), published) });
				// Astro compares each watch path with the watcher's absolute one: a relative path never matches.
				for (const file of [...entryFiles('aftercare', root), publishedIdsPath(root)]) addWatchFile(resolve(file));
			},
		},
	};
}
