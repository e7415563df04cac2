import {describe, expect, it} from 'vitest';
import {benchStartup} from '../../bench/startup.js';

// One run of each case: keeps the benchmark from rotting without timing anything in CI.
describe('benchStartup', () => {
	it('measures node -e "" and a bundled Ink app to its first frame, and the CLI', async () => {
		const results = await benchStartup({runs: 1, print: false, items: 50});
		const [node, bare] = results;
		const cli = results.find(result => result.label.startsWith('council, bundled dataset'));
		expect(node?.label).toBe('node -e ""');
		expect(node?.summary?.count).toBe(1);
		expect(node?.ratio).toBe(1);
		expect(bare?.until).toBe('screen shows bare ink ready');
		expect(bare?.summary?.median).toBeGreaterThan(0);
		// The CLI (built by global setup) is measured to its marker, or to its exit while there is no dashboard.
		expect(cli?.summary?.count).toBe(1);
		expect(cli?.until).toMatch(/^(screen shows|exit)/);
		expect(results.find(result => result.label === 'council --version')?.summary?.count).toBe(1);
	}, 60_000);
});
