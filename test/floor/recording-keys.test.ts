import {describe, expect, it} from 'vitest';
import {buildIndex} from '../../source/dataset/build-index.js';
import {reducer, type Action} from '../../source/features/reducer.js';
import {draftOfEvent} from '../../source/journal/floor/floor-payloads.js';
import type {FloorEvent} from '../../source/journal/floor/floor-events.js';
import {lastUndoable, replay} from '../../source/journal/replay.js';
import {journalEntry, type JournalEntry} from '../../source/journal/schema.js';
import {keymap, paneRecordingLabels, recordingCommands, type Context} from '../../source/keymap/keymap.js';
import {keysLine} from '../../source/format/footer.js';
import {screenLines} from '../../source/ui/screen.js';
import {contextOf, createInitialState, type State} from '../../source/state/state.js';
import {floorDataset, give, item, request, start} from './fixture.js';

/*
The keymap's `records` flag is the one list of keys that append a journal
entry: a viewer is refused them (the reducer reads the flag), the footer marks
them and the ? screen names them. Proved by driving every key of the table, in
every pane and on the floor, as a secretary and as a viewer: a key that records
for the secretary (an entry queued, or a recording form opened) is flagged,
a flagged key records for the secretary in at least one place, and no key
records anything for a viewer.
*/

const dataset = await floorDataset();
const index = buildIndex(dataset);

function recordsWith(...events: FloorEvent[]) {
	let count = 0;
	const entry = (kind: string, payload: unknown): JournalEntry => journalEntry.parse({v: 1, id: `0000000${String(++count).padStart(2, '0')}-${'c'.repeat(8)}`, time: new Date(start + count * 1000).toISOString(), author: {name: 'Chair', role: 'chair'}, kind, payload});
	return replay(dataset, [entry('current', {item}), ...events.map(event => entry(draftOfEvent(event).kind, draftOfEvent(event).payload))]);
}

const press = (state: State, ...keys: string[]) => keys.reduce((current, key) => reducer(current, {type: 'key', key, ...(key.length === 1 ? {text: key} : {})} as Action), state);

// A floor with someone speaking and two requests waiting, so every floor key has something to act on.
// What u would reverse travels with the records, as the edge (journalFeed) hands them over.
const replayed = recordsWith(request('br'), give('cn'), request('ch'), request('eg'));
const records = {...replayed, lastUndoable: lastUndoable(replayed)};
const initial = (role: 'secretary' | 'viewer') => createInitialState(index, {size: {columns: 120, rows: 40}, now: start + 60_000, records, role});
// How each context is reached from the agenda.
const reach: Partial<Record<Context, readonly string[]>> = {agenda: [], detail: ['tab'], positions: ['tab', 'tab'], floor: ['f', 'down']};

/** Whether a key records in a context: an entry queued, or a form opened that saves one. */
function recordsIn(role: 'secretary' | 'viewer', context: Context, key: string): boolean {
	const before = press(initial(role), ...(reach[context] ?? []));
	expect(contextOf(before)).toBe(context);
	const after = press(before, key);
	const queued = after.outbox.slice(before.outbox.length).some(intent => intent.kind === 'record');
	return queued || ['record', 'floor-form'].includes(contextOf(after));
}

const places = Object.keys(reach) as Context[];
const rows = keymap.flatMap(binding => binding.keys.flatMap(key => places.filter(place => binding.where.includes(place)).map(place => ({binding, key, place}))));

describe('the keys that record, from the keymap\'s records flag', () => {
	it('every key that records for a secretary is flagged, and every flagged key records somewhere', () => {
		const recording = rows.filter(({key, place}) => recordsIn('secretary', place, key));
		const unflagged = recording.filter(({binding}) => binding.records !== true).map(({binding, key, place}) => `${binding.command} ${key} in ${place}`);
		expect(unflagged).toEqual([]);
		const flaggedCommands = new Set(keymap.filter(binding => binding.records === true).map(binding => binding.command));
		const neverRecording = [...flaggedCommands].filter(command => !recording.some(({binding}) => binding.command === command));
		expect(neverRecording).toEqual([]);
		expect(recordingCommands).toEqual(flaggedCommands);
	});

	it('no key records anything for a viewer; a flagged key says why', () => {
		const recording = rows.filter(({key, place}) => recordsIn('viewer', place, key)).map(({binding, key, place}) => `${binding.command} ${key} in ${place}`);
		expect(recording).toEqual([]);
		for (const {binding, key, place} of rows.filter(({binding}) => binding.records === true)) {
			const state = press(press(initial('viewer'), ...(reach[place] ?? [])), key);
			expect(state.notice, `${binding.command} ${key} in ${place}`).toBe('viewers cannot record (role viewer: --role secretary or the role preference)');
		}
	});

	it('the ? screen and the footers name the same keys for a viewer', () => {
		expect(paneRecordingLabels).toEqual(['d', 's', 'p', 'u', 'v', 'a', 'Space', 'x', 't']);
		const help = screenLines(press(initial('viewer'), '?')).map(line => line.map(part => part.text).join('')).find(line => line.includes('Help ·'));
		expect(help).toContain('viewer: d s p u v a Space x t disabled (viewers cannot record)');
		expect(keysLine('agenda', 200, recordingCommands).map(part => part.text).join('').trimEnd()).toMatch(/ d s p u: viewers cannot record$/);
		expect(keysLine('floor', 200, recordingCommands).map(part => part.text).join('').trimEnd()).toMatch(/ a n x t Enter -\/Bksp: viewers cannot record$/);
	});
});
