import {mkdtemp, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it, vi} from 'vitest';
import type {EntryDraft, JournalEntry} from '../../source/journal/schema.js';

/*
Recording checks an entry of a common shape with the journal's fast path and
loads zod only for the others (source/journal/checked-entry.ts): the entry
recorded, and the refusal with its message, are zod's either way. Checked in
fresh modules, so that whether zod's judgement was loaded is seen.
*/

const scratch = await mkdtemp(path.join(os.tmpdir(), 'council-checked-entry-'));
afterAll(async () => rm(scratch, {recursive: true, force: true}));

const author = {name: 'Ana Secretary', role: 'secretary'} as const;
const common: EntryDraft[] = [
	{kind: 'status', payload: {item: 'item-one-itu', status: 'under-consideration'}},
	{kind: 'position', payload: {delegation: 'cn', on: 'item-one-itu', stance: 'supports', note: '同意 — موافق — согласны'}},
	{kind: 'decision', payload: {target: 'item-one-itu', outcome: 'approved', text: 'Approved.', outcomes: [{kind: 'approved', on: 'Annex A'}], number: 'Decision 650 (C25)'}},
	{kind: 'current', payload: {item: 'item-one-itu'}},
	{kind: 'floor-request', payload: {item: 'item-one-itu', delegation: 'ru', request: 'reply'}},
];
const others: EntryDraft[] = [
	{kind: 'vote', payload: {target: 'item-one-itu', counts: {yes: 2, no: 0, abstain: 0, absent: 0}, majority: 'simple'}},
	{kind: 'delegation', payload: {id: 'holy-see', name: 'Holy See', kind: 'observer'}},
	// A text with a control character: sanitized, and zod judges what the fast path does not vouch for.
	{kind: 'decision', payload: {target: 'item-one-itu', outcome: 'noted', text: 'Noted\u001B[2J.'}},
];
const bad = [
	{kind: 'status', payload: {item: 'Not An Id', status: 'decided'}},
	{kind: 'position', payload: {delegation: 'cn', on: 'item-one-itu', stance: 'hates'}},
] as unknown as EntryDraft[];

const clock = (n: number) => ({now: () => Date.UTC(2026, 11, 1, 9, 0, n), random: () => new Uint8Array(8).fill(n)});

describe('recording an entry', () => {
	it('of a common shape records zod\'s entry without loading zod; another loads it; a bad one is refused with zod\'s message', async () => {
		vi.resetModules();
		const lineModule = await import('../../source/journal/read-line.js');
		const {recordEntry} = await import('../../source/journal/append.js');
		const file = path.join(scratch, 'journal.jsonl');
		const recorded: JournalEntry[] = [];
		for (const [index, draft] of common.entries()) {
			recorded.push(await recordEntry(file, draft, author, clock(index)));
		}

		expect(lineModule.isJudgeLoaded()).toBe(false);
		for (const [index, draft] of others.entries()) {
			recorded.push(await recordEntry(file, draft, author, clock(10 + index)));
		}

		expect(lineModule.isJudgeLoaded()).toBe(true);
		// What zod alone gives for each entry as made and sanitized: the same entries, to the key order, and the same lines.
		const {journalEntry} = await import('../../source/journal/schema.js');
		const {sanitizeDeep} = await import('../../source/text/sanitize.js');
		for (const entry of recorded) {
			const judged = journalEntry.parse(sanitizeDeep(entry));
			expect(JSON.stringify(entry)).toBe(JSON.stringify(judged));
		}

		expect(recorded.at(-1)?.payload).toMatchObject({text: 'Noted.'});
		const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
		expect(lines).toEqual(recorded.map(entry => JSON.stringify(entry)));
		const {judgedEntry} = await import('../../source/journal/judge-line.js');
		const {makeEntry} = await import('../../source/journal/entry-id.js');
		for (const [index, draft] of bad.entries()) {
			const made = makeEntry(draft, author, clock(20 + index).now(), clock(20 + index).random());
			const expected = judgedEntry(sanitizeDeep(made));
			expect(expected.ok).toBe(false);
			await expect(recordEntry(file, draft, author, clock(20 + index))).rejects.toThrow(expected.ok ? 'never' : expected.message);
		}

		expect((await readFile(file, 'utf8')).trimEnd().split('\n')).toHaveLength(recorded.length);
	});
});
