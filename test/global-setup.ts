import {execFileSync} from 'node:child_process';

// Tests that run the real CLI need dist/cli.js built from the current sources.
export default function setup(): void {
	execFileSync(process.execPath, ['scripts/build.mjs'], {stdio: 'inherit'});
}
