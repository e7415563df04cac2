import {describe, expect, it} from 'vitest';
import {startOptions} from '../../source/cli/global-options.js';
import {main} from '../../source/cli/main.js';
import {fakeIo} from '../helpers/fake-io.js';

/*
`council [DATASET] --journal PATH --role ROLE --author NAME`: the dashboard's own
options, in the help, validated before anything starts.
*/

describe('dashboard options', () => {
	it('are listed in council --help', async () => {
		const io = fakeIo();
		expect(await main(['--help'], io, {isInteractive: false})).toBe(0);
		expect(io.out).toContain('Dashboard options (council [DATASET])');
		for (const option of startOptions) {
			expect(io.out).toContain(`--${option.name} ${option.valueName ?? ''}`.trim());
		}
	});

	it('refuse an unknown role with exit 2, before loading anything', async () => {
		const io = fakeIo();
		expect(await main(['--role', 'president'], io, {isInteractive: false})).toBe(2);
		expect(io.err).toContain('council: unknown role "president" (use one of: chair, secretary, viewer)');
		expect(io.out).toBe('');
	});

	it('are accepted when the output is not a terminal (the summary is printed)', async () => {
		const io = fakeIo();
		expect(await main(['--journal', '/nonexistent/x.jsonl', '--role', 'viewer', '--author', 'Ana'], io, {isInteractive: false})).toBe(0);
		expect(io.out).toContain('ITU Council');
	});
});
