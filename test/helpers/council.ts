import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {startInPty, type PtyOptions, type PtySession} from './pty.js';

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));

/** The built CLI (test/global-setup.ts builds it before the tests run). */
export const cliPath = path.join(root, 'dist', 'cli.js');

/**
Runs the built `council` in a pseudo-terminal, with its settings and its data
folder (journals) in a fresh temporary folder (COUNCIL_CONFIG_DIR,
COUNCIL_DATA_DIR) that is removed when it exits, so a test never reads or
writes the user's real settings or session journals.

@example
```
const council = startCouncil([], {cols: 100, rows: 30});
await council.waitForReady('quit'); // drawn and in raw mode: keys now reach the app
council.write('q');
expect((await council.exited).exitCode).toBe(0);
expect(council.isAlternateScreen()).toBe(false);
```
*/
export function startCouncil(args: readonly string[], options: PtyOptions = {}): PtySession & {readonly configDirectory: string} {
	const configDirectory = mkdtempSync(path.join(os.tmpdir(), 'council-e2e-config-'));
	const session = startInPty(process.execPath, [cliPath, ...args], {
		cwd: root,
		...options,
		env: {COUNCIL_CONFIG_DIR: configDirectory, COUNCIL_DATA_DIR: path.join(configDirectory, 'data'), ...options.env},
	});
	void session.exited.then(() => {
		rmSync(configDirectory, {recursive: true, force: true});
	});
	return {...session, configDirectory};
}
