import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

describe('the dashboard\'s author', () => {
	// A terminal on both ends, so start() goes the dashboard's way; the refusal comes before the screen.
	async function dashboardStart(args: readonly string[], settings?: unknown) {
		const folder = mkdtempSync(path.join(os.tmpdir(), 'council-author-'));
		try {
			if (settings !== undefined) {
				writeFileSync(path.join(folder, 'settings.json'), JSON.stringify(settings));
			}

			const io = {...fakeIo(true), env: {COUNCIL_CONFIG_DIR: folder, COUNCIL_DATA_DIR: folder}};
			const sink = fakeIo(true);
			io.stdout = sink.stdout;
			io.stderr = sink.stderr;
			const code = await main(args, io, {isInteractive: true});
			return {code, out: sink.out, err: sink.err, folder};
		} finally {
			rmSync(folder, {recursive: true, force: true});
		}
	}

	it('made only of control and bidi characters is refused with one line and exit 1, before the screen opens', async () => {
		const run = await dashboardStart(['--author', '\u001B[31m\u202E\u2066\u0007']);
		expect(run.code).toBe(1);
		expect(run.err).toBe('council: The author name holds only control or bidi characters, which are removed from what is recorded: give a name that can be read (--author NAME).\n');
		expect(run.out).toBe('');
	});

	it('from the authorName preference is refused the same way, naming the preference', async () => {
		// The settings file is read sanitized: a name of escapes only comes out empty.
		const run = await dashboardStart([], {authorName: '\u202E\u2066'});
		expect(run.code).toBe(1);
		expect(run.err).toMatch(/^council: The author name (is empty|holds only control or bidi characters)[^\n]*\(the authorName preference in [^\n]*settings\.json\)\n$/);
		expect(run.out).toBe('');
	});
});
