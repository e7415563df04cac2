import {buildIndex} from '../../source/dataset/build-index.js';
import {draftOfEvent} from '../../source/journal/floor/floor-payloads.js';
import type {FloorEvent} from '../../source/journal/floor/floor-events.js';
import {replay} from '../../source/journal/replay.js';
import {journalEntry, type JournalEntry} from '../../source/journal/schema.js';
import {end, floorDataset, give, item, request, start} from '../floor/fixture.js';

/*
The floor in use, for the language tests: Brazil spoke once and has the floor
again, Egypt waits on a point of order, China and Mexico (an observer) to
speak, a statement with its stance is recorded, and the item has a plan. The
journal's own entries, replayed as the dashboard replays them.
*/

export const floorData = await floorDataset();
export const floorIndex = buildIndex(floorData);

function entries(extra: readonly FloorEvent[]): JournalEntry[] {
	let count = 0;
	const entry = (kind: string, payload: unknown, at: number) => journalEntry.parse({v: 1, id: `0000000${String(++count).padStart(2, '0')}-${'c'.repeat(8)}`, time: new Date(at).toISOString(), author: {name: 'Chair', role: 'chair'}, kind, payload});
	const floor = (event: FloorEvent, at: number) => entry(draftOfEvent(event).kind, draftOfEvent(event).payload, at);
	return [
		entry('current', {item}, start - 900_000),
		floor({type: 'plan', item, minutes: 20}, start - 800_000),
		floor(request('br'), start - 700_000),
		floor(give('br'), start - 600_000),
		floor(end('br'), start - 450_000),
		floor({type: 'statement', item, delegation: 'br', text: 'Supports the proposal, with an amendment', stance: 'supports'}, start - 440_000),
		floor(request('cn'), start - 60_000),
		floor(request('mx'), start - 50_000),
		floor(request('eg', 'point-of-order'), start - 40_000),
		floor(request('br'), start - 30_000),
		floor(give('br'), start),
		...extra.map((event, offset) => floor(event, start + offset + 1)),
	];
}

export const floorRecords = (...extra: FloorEvent[]) => replay(floorData, entries(extra));

/** Brazil at 2:31 of its 3 minutes: the clock warns. */
export const warningAt = start + 151_000;
/** Brazil at 3:05: overtime. */
export const overtimeAt = start + 185_000;
