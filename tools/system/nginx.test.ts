import { describe, expect, it } from 'vitest';
import { findNginx, nginxCandidates, nginxPort, siteSnippet, testConfig } from './nginx';

describe('findNginx', () => {
	it('prefers NGINX, then Debian’s /usr/sbin/nginx, then PATH', () => {
		expect(nginxCandidates({ NGINX: '/opt/nginx', PATH: '/a:/b' })).toEqual(['/opt/nginx', '/usr/sbin/nginx', '/a/nginx', '/b/nginx']);
		expect(nginxCandidates({ PATH: '/usr/sbin' })).toEqual(['/usr/sbin/nginx']);
		expect(findNginx({ PATH: '/a' }, (path) => path === '/a/nginx')).toBe('/a/nginx');
		expect(findNginx({ NGINX: '/nope' }, () => false)).toBeUndefined();
	});
});

describe('testConfig', () => {
	it('serves the root on the port with the site’s snippet, writing only into its own folder', () => {
		const config = testConfig({ prefix: '/tmp/n', port: 4332, root: '/site/dist' });
		expect(config).toContain('pid /tmp/n/nginx.pid;');
		expect(config).toContain('client_body_temp_path /tmp/n/client_body;');
		expect(config).toMatch(
			/server \{\s+listen 127\.0\.0\.1:4332;\s+root \/site\/dist;\s+include snippets\/microneedling-guide\.conf;\s+\}/,
		);
		expect(config).not.toContain('user ');
		expect(testConfig({ prefix: '/tmp/n', port: 1, root: '/r', user: 'root' })).toMatch(/^user root;\n/);
		expect(siteSnippet).toBe('snippets/microneedling-guide.conf');
	});
});

describe('nginxPort', () => {
	it('takes NGINX_PORT, or finds a free port', async () => {
		expect(await nginxPort({ NGINX_PORT: '4333' })).toBe(4333);
		expect(await nginxPort({})).toBeGreaterThan(0);
	});
});
