/** Operating systems as they appear in package names, with the `os` value npm uses. */
const systems: Record<string, string> = {
	android: 'android',
	darwin: 'darwin',
	freebsd: 'freebsd',
	linux: 'linux',
	openbsd: 'openbsd',
	sunos: 'sunos',
	win32: 'win32',
	windows: 'win32',
	aix: 'aix',
};
const cpus = ['arm64', 'x64', 'ia32', 'arm', 'riscv64', 'ppc64', 's390x', 'loong64', 'wasm32'];
const libcs: Record<string, string> = { gnu: 'glibc', musl: 'musl' };

/**
 * Reads the platform a native package is built for from its name, the way napi-rs and
 * esbuild name them: `@scope/pkg-linux-arm64-musl` → os linux, cpu arm64, libc musl.
 * `@pagefind/windows-x64` → os win32, cpu x64. Returns `undefined` when the name names no known CPU.
 */
export function platformOfPackage(name: string): { os?: string[]; cpu: string[]; libc?: string[] } | undefined {
	const parts = name.split('/').pop()?.split('-') ?? [];
	const os = parts.map((part) => systems[part]).find(Boolean);
	const cpu = parts.find((part) => cpus.includes(part));
	const libc = parts.map((part) => libcs[part]).find(Boolean);
	if (!cpu) return undefined;
	return { ...(os ? { os: [os] } : {}), cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
}
