/**
 * Turns an MDX answer into plain text for places that cannot render MDX: JSON-LD answers and
 * feeds. `<Fact id="…" />` becomes the figure's value, so the figure still has one source.
 * The bodies are plain Markdown by policy (content/README.md), so removing its punctuation is
 * enough; anything richer is rendered by Astro, not here.
 */
export function mdxToPlainText(body: string, factValue: (id: string) => string): string {
	return body
		.replace(/<Fact\s+id=["']([^"']+)["']\s*\/>/g, (_, id: string) => factValue(id))
		.replace(/<[^>]+>/g, '')
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/^#{1,6}\s+/gm, '')
		.replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
		.replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
		.replace(/\s+/g, ' ')
		.trim();
}
