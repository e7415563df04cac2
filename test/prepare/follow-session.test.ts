import {describe, expect, it} from 'vitest';
import {loadDataset} from '../../source/dataset/load.js';
import {recordEntry} from '../../source/journal/append.js';
import {followSession, openSessionView, type SessionView} from '../../source/journal/follow-session.js';
import type {JournalRecords} from '../../source/journal/replay.js';
import {workspace} from './helpers.js';

const ana = {name: 'Ana', role: 'secretary'} as const;

/** The next thing a follower reports, or an error naming what it waited for after 5 s. */
function reports() {
	const queue: Array<{kind: 'records'; records: JournalRecords} | {kind: 'view'; view: SessionView; cause: string}> = [];
	let wake: (() => void) | undefined;
	const push = (report: (typeof queue)[number]) => {
		queue.push(report);
		wake?.();
	};

	return {
		listeners: {
			onRecords: (records: JournalRecords) => push({kind: 'records', records}),
			onView: (view: SessionView, cause: string) => push({kind: 'view', view, cause}),
		},
		async next() {
			const deadline = Date.now() + 20_000;
			while (queue.length === 0) {
				if (Date.now() > deadline) {
					throw new Error('the follower reported nothing');
				}

				// eslint-disable-next-line no-await-in-loop
				await new Promise<void>(resolve => {
					wake = resolve;
					setTimeout(resolve, 50);
				});
			}

			return queue.shift()!;
		},
	};
}

describe('following a session (dataset + journal)', () => {
	it('rebuilds the view for a delegation entry or a new dataset version; extends the records otherwise', async () => {
		const {run, file} = workspace();
		await run('new', 's.json', '--title', 'Council 2025');
		await run('agenda', 'add', 'PL 1', 'Opening', '--data', 's.json');
		const loaded = await loadDataset(file('s.json'));
		if (!loaded.ok) {
			throw new Error('no dataset');
		}

		const journal = file('s.jsonl');
		const snapshot = await openSessionView(journal, loaded.dataset, loaded.index);
		expect(snapshot.index).toBe(loaded.index);
		const seen = reports();
		const follower = followSession(journal, snapshot, seen.listeners, {pollMs: 50});
		try {
			await recordEntry(journal, {kind: 'delegation', payload: {id: 'holy-see', name: 'Holy See', kind: 'observer'}}, ana);
			follower.refresh();
			const added = await seen.next();
			expect(added.kind === 'view' && added.cause).toBe('journal');
			expect(added.kind === 'view' && added.view.index.entities.get('holy-see')?.kind).toBe('delegation');

			await recordEntry(journal, {kind: 'position', payload: {delegation: 'holy-see', on: 'item-pl-1', stance: 'supports'}}, ana);
			follower.refresh();
			const position = await seen.next();
			expect(position.kind).toBe('records');
			expect(position.kind === 'records' && position.records.positionsOn.get('item-pl-1')?.map(entry => entry.delegation)).toEqual(['holy-see']);
			expect(position.kind === 'records' && position.records.ignored).toEqual([]);

			await run('agenda', 'add', 'PL 2', 'More', '--data', 's.json');
			const again = await loadDataset(file('s.json'));
			if (!again.ok) {
				throw new Error('no dataset');
			}

			follower.replaceDataset(again.dataset, again.index);
			const replaced = await seen.next();
			expect(replaced.kind === 'view' && replaced.cause).toBe('dataset');
			// The new version, still with the journal's delegation and its position.
			expect(replaced.kind === 'view' && replaced.view.dataset.agendaItems.map(item => item.number)).toEqual(['PL 1', 'PL 2']);
			expect(replaced.kind === 'view' && replaced.view.records.positionsOn.get('item-pl-1')?.map(entry => entry.delegation)).toEqual(['holy-see']);
		} finally {
			follower.stop();
		}

		// Opened afresh, the journal's delegation is there from the start.
		const reopened = await openSessionView(journal, loaded.dataset, loaded.index);
		expect(reopened.dataset.delegations.at(-1)).toEqual({id: 'holy-see', kind: 'observer', name: 'Holy See'});
	});
});
