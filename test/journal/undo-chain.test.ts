import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {main} from '../../source/cli/main.js';
import type {CommandIo} from '../../source/commands/io.js';
import {applyEntry, isEntryInEffect, lastUndoable, replay} from '../../source/journal/replay.js';
import {entryFactory, fixtureDataset, fixtureDatasetPath, temporaryFolder} from './helpers.js';

/*
Issue 8 item 5: a journal of a decision then 10,000 undos, each undoing the one
before it, overflowed the stack in every reader (replay followed the chain by
recursion). Replay now follows it in a loop; the readers (replay, `council log`,
`council export`) all answer.
*/

const chainLength = 10_000;

function undoChain() {
	const make = entryFactory();
	const decision = make({kind: 'decision', payload: {target: 'item-budget', outcome: 'approved', text: 'The Council approved the draft budget.'}});
	const entries = [decision];
	for (let index = 0; index < chainLength; index++) {
		entries.push(make({kind: 'undo', payload: {entry: entries.at(-1)!.id}}));
	}

	return {entries, make};
}

async function run(folder: string, ...args: string[]) {
	let stdout = '';
	let stderr = '';
	const io: CommandIo = {
		stdout(text) {
			stdout += text;
		},
		stderr(text) {
			stderr += text;
		},
		env: {COUNCIL_DATA_DIR: path.join(folder, 'data'), COUNCIL_CONFIG_DIR: path.join(folder, 'config'), HOME: folder},
		cwd: folder,
		isTty: false,
	};
	const code = await main(args, io, {isInteractive: false});
	return {code, stdout, stderr};
}

describe('issue 8 item 5: 10,000 chained undo-of-undo entries', () => {
	test('replay follows the chain without overflowing the stack, and an even chain leaves the decision in effect', () => {
		const {entries, make} = undoChain();
		const records = replay(fixtureDataset(), entries);
		expect(records.entryCount).toBe(chainLength + 1);
		expect(records.ignored).toEqual([]);
		// 10,000 undos: the last one (an even count away) gives the decision back.
		expect(records.decisions.get('item-budget')?.text).toBe('The Council approved the draft budget.');
		expect(records.statuses.get('item-budget')).toBe('decided');
		expect(isEntryInEffect(records, entries[0]!.id)).toBe(true);
		expect(lastUndoable(records)?.id).toBe(entries[0]!.id);

		// One more undo at the end flips the whole chain: the decision is undone.
		const undone = applyEntry(records, make({kind: 'undo', payload: {entry: entries.at(-1)!.id}}));
		expect(undone.decisions.has('item-budget')).toBe(false);
		expect(undone.statuses.has('item-budget')).toBe(false);
		expect(isEntryInEffect(undone, entries[0]!.id)).toBe(false);
		// The records handed out before are unchanged.
		expect(records.decisions.has('item-budget')).toBe(true);
	});

	test('council log and council export read such a journal', async () => {
		const folder = temporaryFolder('council-undo-chain-');
		const journal = path.join(folder, 'chain.jsonl');
		const {entries} = undoChain();
		writeFileSync(journal, entries.map(entry => JSON.stringify(entry)).join('\n') + '\n');

		const log = await run(folder, 'log', '--data', fixtureDatasetPath, '--journal', journal);
		expect(log.stderr).toBe('');
		expect(log.code).toBe(0);
		const lines = log.stdout.trimEnd().split('\n');
		expect(lines.at(-1)).toContain(`undo of ${entries.at(-2)!.id} (undo of ${entries.at(-3)!.id})`);

		const exported = await run(folder, 'export', '--data', fixtureDatasetPath, '--journal', journal, '--format', 'json');
		expect(exported.stderr).toBe('');
		expect(exported.code).toBe(0);
		const minutes = JSON.parse(exported.stdout) as {items: Array<{number: string; motions: Array<{text: string}>}>};
		expect(minutes.items.find(item => item.number === 'PL 1.01')?.motions[0]?.text).toBe('The Council approved the draft budget.');
	});
});
