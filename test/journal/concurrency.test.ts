import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import {readJournal} from '../../source/journal/read.js';
import {temporaryFolder} from './helpers.js';
import {exited, onLines, startFixture, waitForLine} from './processes.js';

test('two processes appending 1,000 entries each at once: 2,000 whole, valid lines', async () => {
	const file = path.join(temporaryFolder(), 'journal.jsonl');
	const writers = ['alpha', 'beta'].map(name => startFixture('journal-writer.ts', [file, '1000', name]));
	const acks = writers.map(() => [] as string[]);
	await Promise.all(writers.map(async writer => waitForLine(writer, /^ready$/)));
	for (const [index, writer] of writers.entries()) {
		onLines(writer.stdout, line => {
			if (line.startsWith('ack ')) {
				acks[index]!.push(line.slice(4));
			}
		});
	}

	for (const writer of writers) {
		writer.stdin.write('go\n');
	}

	expect(await Promise.all(writers.map(async writer => exited(writer)))).toEqual([0, 0]);
	const text = readFileSync(file, 'utf8');
	const lines = text.split('\n');
	expect(lines.pop()).toBe('');
	// A writer that looks at the end of the file while another's write is still
	// filling it may take that line for a torn one and start on a fresh line: an
	// empty line, which readers skip. Never a merged or lost entry.
	const whole = lines.filter(line => line !== '');
	expect(whole).toHaveLength(2000);
	expect(lines.length - whole.length).toBeLessThan(100);
	for (const line of whole) {
		expect(() => JSON.parse(line) as unknown).not.toThrow();
	}
	const {entries, problems} = await readJournal(file);
	expect(problems).toEqual([]);
	expect(entries).toHaveLength(2000);
	expect(new Set(entries.map(entry => entry.id)).size).toBe(2000);
	// Each writer's entries are all there, in its own order.
	for (const [index, name] of ['alpha', 'beta'].entries()) {
		const own = entries.filter(entry => entry.author.name === name);
		expect(own.map(entry => entry.id)).toEqual(acks[index]);
		expect(own.map(entry => entry.kind === 'position' && entry.payload.note?.split(' ')[1])).toEqual(Array.from({length: 1000}, (_, n) => String(n)));
	}

	// The writers really ran at the same time: their lines alternate somewhere.
	const authors = entries.map(entry => entry.author.name);
	const switches = authors.filter((name, index) => index > 0 && name !== authors[index - 1]).length;
	expect(switches).toBeGreaterThan(10);
}, 120_000);
