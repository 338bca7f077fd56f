/**
 * Prints the reading grade of content files, for writers: `npm run grade -- content/faq/*.mdx`.
 * Frontmatter, MDX tags and Markdown punctuation are removed first; the built-site check in
 * `npm test` measures what readers actually see.
 */
import { readFileSync } from 'node:fs';
import { readingGrade } from '../src/lib/content/readability.ts';

for (const path of process.argv.slice(2)) {
	const text = readFileSync(path, 'utf8')
		.replace(/^---[\s\S]*?\n---\n/, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/[#*_>`[\]()]/g, ' ');
	console.log(`${readingGrade(text).toFixed(1).padStart(5)}  ${path}`);
}
