import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {isShared, startHasher} from '../../source/io/hash-off-thread.js';
import {readInputFile} from '../../source/io/read-input.js';
import {seededRandom} from '../helpers/seeded-random.js';

/*
The dataset's hashes on another thread (hash-off-thread.ts): the same digest
as node:crypto's on this thread, for any bytes, however many are asked at
once, when the worker is stopped midway, and in a process that has nothing
else to wait for (an unref'd worker would let it end before the answer).
*/

const scratch = mkdtempSync(path.join(os.tmpdir(), 'council-hash-test-'));
afterAll(() => {
	rmSync(scratch, {recursive: true, force: true});
});

const reference = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function sharedBytes(length: number, seed: number): Buffer {
	const random = seededRandom(seed);
	const bytes = Buffer.from(new SharedArrayBuffer(length));
	for (let index = 0; index < length; index++) {
		bytes[index] = Math.floor(random() * 256);
	}

	return bytes;
}

describe('hashing on another thread', () => {
	it('gives node:crypto\'s digest, for many bytes at once, slices of shared memory too', async () => {
		const hasher = startHasher({offThread: true});
		try {
			const inputs = [0, 1, 63, 64, 65, 4096, 100_000, 1_500_000].map((length, seed) => sharedBytes(length, seed + 1));
			const slices = inputs.filter(bytes => bytes.length > 10).map(bytes => bytes.subarray(3, bytes.length - 5));
			const all = [...inputs, ...slices];
			expect(all.every(bytes => isShared(bytes))).toBe(true);
			expect(await Promise.all(all.map(async bytes => hasher.sha256(bytes)))).toEqual(all.map(bytes => reference(bytes)));
			// Bytes not in shared memory are hashed here, to the same digest.
			const plain = Buffer.from('Résolution 71 (Rév. Bucarest, 2022) · 第71号决议 · القرار 71');
			expect(isShared(plain)).toBe(false);
			expect(await hasher.sha256(plain)).toBe(reference(plain));
		} finally {
			hasher.close();
		}
	});

	it('still answers every hash asked when the worker is stopped midway, and after', async () => {
		const hasher = startHasher({offThread: true});
		const inputs = Array.from({length: 6}, (_, seed) => sharedBytes(2_000_000, seed + 20));
		const pending = inputs.map(async bytes => hasher.sha256(bytes));
		hasher.close();
		expect(await Promise.all(pending)).toEqual(inputs.map(bytes => reference(bytes)));
		expect(await hasher.sha256(inputs[0]!)).toBe(reference(inputs[0]!));
	});

	it('hashes here on one core (offThread false), the same digest', async () => {
		const hasher = startHasher({offThread: false});
		const bytes = sharedBytes(300_000, 99);
		expect(hasher.offThread).toBe(false);
		expect(await hasher.sha256(bytes)).toBe(reference(bytes));
		hasher.close();
	});

	it('reads a file into shared memory when asked, the same bytes', async () => {
		const file = path.join(scratch, 'bytes.bin');
		const bytes = sharedBytes(70_000, 5);
		writeFileSync(file, bytes);
		const shared = await readInputFile(file, {maxBytes: 1_000_000, expected: 'a dataset file', shared: true});
		const plain = await readInputFile(file, {maxBytes: 1_000_000, expected: 'a dataset file'});
		expect(shared.ok && isShared(shared.bytes)).toBe(true);
		expect(plain.ok && isShared(plain.bytes)).toBe(false);
		expect(shared.ok && plain.ok && shared.bytes.equals(plain.bytes)).toBe(true);
	});

	it('keeps a process alive until its answer, with nothing else to wait for, and not after (never closed)', () => {
		const script = path.join(scratch, 'alone.ts');
		writeFileSync(script, [
			`import {startHasher} from ${JSON.stringify(path.resolve('source/io/hash-off-thread.ts'))};`,
			'const hasher = startHasher({offThread: true});',
			'const bytes = Buffer.from(new SharedArrayBuffer(3_000_000)).fill(7);',
			'hasher.sha256(bytes).then(hash => process.stdout.write(hash));',
		].join('\n'));
		const run = spawnSync(process.execPath, ['--import', 'tsx', script], {encoding: 'utf8', timeout: 30_000});
		expect(run.status).toBe(0);
		expect(run.stdout).toBe(reference(Buffer.alloc(3_000_000, 7)));
	});
});
