/**
 * How Netlify and Cloudflare Pages read one `_headers` file, as their documentation says, so a
 * test can give any path the headers each host would send. The two hosts share the syntax (a
 * path line, then indented `Name: value` lines) but differ where it matters here:
 *
 * - Matching. Cloudflare: a `*` matches any characters, a `:name` any but `/`, the whole path.
 *   Netlify's docs say the same; its own parser (netlify-headers-parser) makes a standalone `*`
 *   also take the `/` before it and ignores case, so `/a/*` matches `/a` and `/about/` too. The
 *   parser's reading is modelled, as it matches at least what the docs say.
 * - Several matching rules. Cloudflare applies every one, in file order, and joins a header set
 *   twice with a comma; `! Name` removes a header an earlier rule set. Netlify's docs say nothing
 *   of either, so a path that two rules give the same header, or a `!` line, is reported as
 *   unsettled rather than guessed.
 */

export type Host = 'netlify' | 'cloudflare';

export interface HeaderRule {
	/** The path pattern, as written. */
	pattern: string;
	/** Header names (lower case) and values; a name repeated within the rule is joined by commas. */
	values: Record<string, string>;
	/** Names after `! ` (Cloudflare's detach). */
	detach: string[];
	/** The pattern's line in the file, from 1. */
	line: number;
}

/** The rules of a `_headers` file, and a message with its line for each line neither host accepts. */
export function parseHeaderRules(text: string): { rules: HeaderRule[]; problems: string[] } {
	const rules: HeaderRule[] = [];
	const problems: string[] = [];
	text.split('\n').forEach((raw, index) => {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) return;
		const at = `line ${index + 1}`;
		if (line.startsWith('/')) {
			rules.push({ pattern: line, values: {}, detach: [], line: index + 1 });
			return;
		}
		const rule = rules.at(-1);
		if (!rule) return void problems.push(`${at}: "${line}" comes before any path`);
		if (line.startsWith('! ')) return void rule.detach.push(line.slice(2).trim().toLowerCase());
		const colon = line.indexOf(':');
		const name = line.slice(0, colon).trim().toLowerCase();
		const value = line.slice(colon + 1).trim();
		if (colon < 1 || name.includes(' ') || value === '') return void problems.push(`${at}: "${line}" is not "Name: value"`);
		rule.values[name] = rule.values[name] === undefined ? value : `${rule.values[name]}, ${value}`;
	});
	for (const rule of rules) {
		if (Object.keys(rule.values).length === 0 && rule.detach.length === 0)
			problems.push(`line ${rule.line}: ${rule.pattern} sets no header`);
	}
	return { rules, problems };
}

/** Literal text in a pattern; `-` as `\x2d`, which a Unicode-mode expression accepts. */
const escapeRegExp = (text: string) => text.replace(/[|\\{}()[\]^$+*?.]/g, '\\$&').replaceAll('-', '\\x2d');

/** The path pattern as the host compiles it. */
function patternRegExp(pattern: string, host: Host): RegExp {
	if (host === 'cloudflare') {
		// As its rules engine does: the splat, then each `:name`, in the escaped pattern.
		const source = pattern
			.split('*')
			.map(escapeRegExp)
			.join('.*')
			.replace(/:[A-Za-z]\w*/g, '[^/]+');
		return new RegExp(`^${source}$`);
	}
	// As netlify-headers-parser's getForRegExp: segments joined by `/`, a standalone `*` as `?(.*)`.
	const source = pattern
		.split('/')
		.map((part) => part.trimEnd())
		.filter(Boolean)
		.map((part) =>
			part.startsWith(':') ? '([^/]+)' : part === '*' ? '?(.*)' : part.includes('*') ? part.replaceAll('*', '(.*)') : escapeRegExp(part),
		)
		.join('/');
	return new RegExp(`^/${source}/?$`, 'iu');
}

/** Each pattern compiled once per host: the build tests every file against every folder's pattern. */
const compiled = new Map<string, RegExp>();

/** Whether the host applies a rule with this pattern to a path. */
export function patternMatches(pattern: string, path: string, host: Host): boolean {
	const key = `${host} ${pattern}`;
	const regExp = compiled.get(key) ?? compiled.set(key, patternRegExp(pattern, host)).get(key)!;
	return regExp.test(path);
}

interface ResolvedHeaders {
	/** Header names (lower case) and the values the host sends. */
	headers: Record<string, string>;
	/** What the host's documentation does not settle for this path; empty when everything is settled. */
	unsettled: string[];
}

/** The headers a host gives a path from these rules. */
export function resolveHeaders(rules: readonly HeaderRule[], path: string, host: Host): ResolvedHeaders {
	const headers: Record<string, string> = {};
	const unsettled: string[] = [];
	const setBy = new Map<string, string>();
	for (const rule of rules) {
		if (!patternMatches(rule.pattern, path, host)) continue;
		if (host === 'netlify' && rule.detach.length > 0)
			unsettled.push(`${rule.pattern} detaches ${rule.detach.join(', ')}: not Netlify syntax`);
		if (host === 'cloudflare') for (const name of rule.detach) delete headers[name];
		for (const [name, value] of Object.entries(rule.values)) {
			const earlier = setBy.get(name);
			if (earlier !== undefined && host === 'netlify') unsettled.push(`${name} is set by both ${earlier} and ${rule.pattern}`);
			headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
			setBy.set(name, rule.pattern);
		}
	}
	return { headers, unsettled };
}
