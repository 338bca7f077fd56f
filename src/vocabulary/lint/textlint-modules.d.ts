// These textlint packages ship JavaScript without type declarations. Two are CommonJS with an
// `exports.default`, so what an `import` gives depends on the loader; `lint-files.ts` unwraps
// them, and these declarations say only what it relies on.

declare module 'textlint-rule-terminology' {
	const rule: import('@textlint/types').TextlintRuleModule;
	export default rule;
}

declare module 'textlint-plugin-mdx' {
	const plugin: unknown;
	export default plugin;
}

declare module 'textlint-filter-rule-allowlist' {
	const filter: unknown;
	export default filter;
}
