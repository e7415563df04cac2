import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Tests that run the real CLI need dist/cli.js built from the current sources.
// Every CLI a test starts inherits a throwaway dataset-cache folder, so the suite
// never writes snapshots into the user's own ~/.cache (test/dataset/cache.test.ts
// sets its own folders where it tests the cache itself).
export default function setup(): () => void {
	execFileSync(process.execPath, ['scripts/build.mjs'], {stdio: 'inherit'});
	const cache = mkdtempSync(path.join(os.tmpdir(), 'council-test-cache-'));
	process.env['COUNCIL_CACHE_DIR'] ??= cache;
	return () => {
		rmSync(cache, {recursive: true, force: true});
	};
}
