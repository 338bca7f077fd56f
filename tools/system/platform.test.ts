import { describe, expect, it } from 'vitest';
import { platformOfPackage } from './platform';

describe('platformOfPackage', () => {
	it('reads os, cpu and libc from napi-rs style names', () => {
		expect(platformOfPackage('@astrojs/compiler-binding-darwin-arm64')).toEqual({ os: ['darwin'], cpu: ['arm64'] });
		expect(platformOfPackage('@astrojs/compiler-binding-linux-arm64-musl')).toEqual({ os: ['linux'], cpu: ['arm64'], libc: ['musl'] });
		expect(platformOfPackage('@astrojs/compiler-binding-win32-x64-msvc')).toEqual({ os: ['win32'], cpu: ['x64'] });
		expect(platformOfPackage('@astrojs/compiler-binding-wasm32-wasi')).toEqual({ cpu: ['wasm32'] });
		expect(platformOfPackage('@pagefind/windows-x64')).toEqual({ os: ['win32'], cpu: ['x64'] });
	});

	it('gives up on names without a CPU', () => {
		expect(platformOfPackage('left-pad')).toBeUndefined();
	});
});
