import { describe, expect, it } from 'vitest';
import { pruneCspHashes, sha256Source } from './csp-hashes';

const script = 'console.log(1)';
const style = 'body{color:red}';
const other = sha256Source('alert(2)');
const page = (policy: string) =>
	`<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style></head><body><script type="module">${script}</script><script src="/x.js"></script></body></html>`;

describe('pruneCspHashes', () => {
	it("keeps only the hashes of the page's own inline scripts and styles", () => {
		const before = `default-src 'self'; script-src 'self' ${sha256Source(script)} ${other}; style-src 'self' ${other} ${sha256Source(style)}`;
		expect(pruneCspHashes(page(before))).toContain(
			`content="default-src 'self'; script-src 'self' ${sha256Source(script)}; style-src 'self' ${sha256Source(style)}"`,
		);
	});

	it('never adds a hash the policy did not have', () => {
		const before = "script-src 'self'; style-src 'self'";
		expect(pruneCspHashes(page(before))).toContain(`content="${before}"`);
	});

	it('leaves a page without a policy as it was', () => {
		const html = '<!doctype html><html><head></head><body><script>x()</script></body></html>';
		expect(pruneCspHashes(html)).toBe(html);
	});
});
