import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
		// Process-level tests (child processes, pseudo-terminals, fsync) are slow on
		// 2-core machines; a generous timeout keeps them from flaking, not from failing.
		testTimeout: 30_000,
		hookTimeout: 60_000,
		pool: 'forks',
		globalSetup: ['test/global-setup.ts'],
	},
});
