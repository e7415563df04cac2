import type {FloorEntry} from './floor-events.js';
import type {FloorContext, FloorState, ItemFloor, QueuedRequest, SkippedFloorEntry, Speech, Statement} from './floor-state.js';
import {neutralWords} from '../../i18n/words/words.js';
import {floorRejection, insertionIndex, moveTarget, type RulesView} from './rules.js';

/*
The floor is the fold of the floor entries in effect, in file order. Undo is
exact by construction: an undone entry is left out and the fold runs again
(the floor entries of a session are hundreds, not the journal's 100,000), so
undoing a `give` gives the floor back to whoever had it, for as long as the
entries after it say.

An entry the rules refuse at this point of the fold (a request on a list that
an entry undone meanwhile had reopened) changes nothing and is reported in
`skipped`, as replay reports entries naming what the dataset lacks.
*/

type MutableItem = {item: string; queue: QueuedRequest[]; isClosed: boolean; spoke: Set<string>};

type Builder = RulesView & {
	readonly items: Map<string, MutableItem>;
	speaker: Speech | undefined;
	speakerIndex: number;
	readonly speeches: Speech[];
	/** Statements with the place of the speech they follow. */
	readonly statements: Array<{readonly statement: Statement; readonly anchor: number; readonly sequence: number}>;
	/** Per item and delegation, the index in `speeches` of its latest speech. */
	readonly lastSpeech: Map<string, number>;
	readonly skipped: SkippedFloorEntry[];
	readonly plans: Map<string, number>;
};

const speechKey = (item: string, delegation: string) => `${item}\u0000${delegation}`;

function createBuilder(): Builder {
	const items = new Map<string, MutableItem>();
	const mutableItem = (item: string): MutableItem => {
		let found = items.get(item);
		if (found === undefined) {
			found = {item, queue: [], isClosed: false, spoke: new Set()};
			items.set(item, found);
		}

		return found;
	};

	return {
		items,
		speaker: undefined,
		speakerIndex: -1,
		speeches: [],
		statements: [],
		lastSpeech: new Map(),
		skipped: [],
		plans: new Map(),
		item: mutableItem,
		hasSpoken: (item, delegation) => items.get(item)?.spoke.has(delegation) ?? false,
	};
}

function endSpeech(builder: Builder, at: number): void {
	if (builder.speaker !== undefined) {
		const ended: Speech = {...builder.speaker, end: Math.max(at, builder.speaker.start)};
		builder.speeches[builder.speakerIndex] = ended;
		builder.speaker = undefined;
		builder.speakerIndex = -1;
	}
}

function apply(builder: Builder, entry: FloorEntry, sequence: number, context: FloorContext): void {
	const {event} = entry;
	// The catalogue's English: kept with the skipped entry, which `council log --json` prints.
	const reason = floorRejection(builder, event, context, neutralWords);
	if (reason !== undefined) {
		builder.skipped.push({entryId: entry.entryId, reason});
		return;
	}

	const list = builder.items.get(event.item) ?? (builder.item(event.item) as MutableItem);
	switch (event.type) {
		case 'request': {
			const request: QueuedRequest = {entryId: entry.entryId, delegation: event.delegation, kind: event.kind, at: entry.at};
			list.queue.splice(insertionIndex(list.queue, request, context), 0, request);
			break;
		}

		case 'withdraw': {
			list.queue.splice(list.queue.findIndex(request => request.delegation === event.delegation), 1);
			break;
		}

		case 'move': {
			const from = list.queue.findIndex(request => request.delegation === event.delegation);
			const to = moveTarget(list.queue, from, event.by, context);
			const [moved] = list.queue.splice(from, 1);
			list.queue.splice(to, 0, moved!);
			break;
		}

		case 'give': {
			endSpeech(builder, entry.at);
			const index = list.queue.findIndex(request => request.delegation === event.delegation);
			const kind = index === -1 ? 'speak' : list.queue[index]!.kind;
			if (index !== -1) {
				list.queue.splice(index, 1);
			}

			const speech: Speech = {entryId: entry.entryId, item: event.item, delegation: event.delegation, kind, start: entry.at};
			builder.speeches.push(speech);
			builder.speaker = speech;
			builder.speakerIndex = builder.speeches.length - 1;
			builder.lastSpeech.set(speechKey(event.item, event.delegation), builder.speakerIndex);
			if (kind === 'speak') {
				list.spoke.add(event.delegation);
			}

			break;
		}

		case 'end': {
			endSpeech(builder, entry.at);
			break;
		}

		case 'statement': {
			const {stance} = event;
			const statement: Statement = {
				entryId: entry.entryId,
				at: entry.at,
				time: entry.time,
				author: entry.author,
				item: event.item,
				delegation: event.delegation,
				text: event.text,
				...(stance === undefined ? {} : {stance}),
			};
			// A statement typed after later speakers still takes its speaker's place.
			const anchor = builder.lastSpeech.get(speechKey(event.item, event.delegation));
			builder.statements.push({statement, anchor: anchor ?? builder.speeches.length, sequence});
			break;
		}

		case 'close': {
			list.isClosed = true;
			break;
		}

		case 'open': {
			list.isClosed = false;
			break;
		}

		case 'plan': {
			builder.plans.set(event.item, event.minutes);
			break;
		}
	}
}

/**
The floor after `entries` (the floor entries in effect, in file order).

@example
```
const state = foldFloor([{entryId: 'e1', at, time, author, event: {type: 'request', item: 'item-1', delegation: 'br', kind: 'speak'}}], context);
state.items.get('item-1')?.queue[0]?.delegation; // 'br'
```
*/
export function foldFloor(entries: readonly FloorEntry[], context: FloorContext): FloorState {
	const builder = createBuilder();
	let sequence = 0;
	for (const entry of entries) {
		apply(builder, entry, sequence++, context);
	}

	const items = new Map<string, ItemFloor>();
	for (const [id, item] of builder.items) {
		items.set(id, {item: id, queue: item.queue, isClosed: item.isClosed});
	}

	// Anchors are speech places: statements about one speech stay in the order typed.
	const statements = builder.statements
		.sort((a, b) => a.anchor - b.anchor || a.sequence - b.sequence)
		.map(({statement}) => statement);
	return {
		items,
		...(builder.speaker === undefined ? {} : {speaker: builder.speaker}),
		speeches: builder.speeches,
		statements,
		skipped: builder.skipped,
		plans: builder.plans,
	};
}

/** The rules' view of a folded state: to check an event before recording it. */
export function rulesView(state: FloorState): RulesView {
	return {
		item: item => state.items.get(item) ?? {item, queue: [], isClosed: false},
		speaker: state.speaker,
		hasSpoken: (item, delegation) => state.speeches.some(speech => speech.item === item && speech.delegation === delegation && speech.kind === 'speak'),
	};
}
