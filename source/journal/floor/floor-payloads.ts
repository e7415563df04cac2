import type {z} from 'zod';
import type {floorPayloads} from '../entry-kinds/payloads.js';
import type {FloorEvent} from './floor-events.js';

/*
The floor entry kinds (`floor-request`, `floor-give` ...) and the two-way mapping
of their payloads with floor events. Their zod schemas are in
../entry-kinds/payloads.ts (loaded where a line is validated, not by replay);
replay turns the floor entries in effect back into events for queue.ts.
*/

/** Longest statement, in characters: one line of the summary record, not a speech. */
export const maxStatementLength = 2000;

/** A statement as one line: the line and paragraph separators JavaScript treats as line ends become spaces (sanitizeLine has done the rest). */
export function oneLine(text: string): string {
	return text.replace(/[\u2028\u2029]/g, ' ');
}

/** The floor kinds, in the order of their schemas (payloads.ts; a test compares the two). */
export const floorKinds = ['floor-request', 'floor-withdraw', 'floor-move', 'floor-give', 'floor-end', 'floor-statement', 'floor-close', 'floor-open', 'floor-plan'] as const;
export type FloorKind = (typeof floorKinds)[number];
const floorKindSet: ReadonlySet<string> = new Set(floorKinds);

export type FloorDraft = {[K in FloorKind]: {readonly kind: K; readonly payload: z.infer<(typeof floorPayloads)[K]>}}[FloorKind];

export function isFloorKind(kind: string): kind is FloorKind {
	return floorKindSet.has(kind);
}

/** The entry that records an event. */
export function draftOfEvent(event: FloorEvent): FloorDraft {
	switch (event.type) {
		case 'request': {
			const {item, delegation, kind} = event;
			return {kind: 'floor-request', payload: kind === 'speak' ? {item, delegation} : {item, delegation, request: kind}};
		}

		case 'move': {
			return {kind: 'floor-move', payload: {item: event.item, delegation: event.delegation, by: event.by}};
		}

		case 'statement': {
			const {item, delegation, text, stance: taken} = event;
			return {kind: 'floor-statement', payload: taken === undefined ? {item, delegation, text} : {item, delegation, text, stance: taken}};
		}

		case 'withdraw':
		case 'give':
		case 'end': {
			return {kind: `floor-${event.type}`, payload: {item: event.item, delegation: event.delegation}};
		}

		case 'close':
		case 'open': {
			return {kind: `floor-${event.type}`, payload: {item: event.item}};
		}

		case 'plan': {
			return {kind: 'floor-plan', payload: {item: event.item, minutes: event.minutes}};
		}
	}
}

/** The event an entry records. */
export function eventOfDraft(draft: FloorDraft): FloorEvent {
	switch (draft.kind) {
		case 'floor-request': {
			return {type: 'request', item: draft.payload.item, delegation: draft.payload.delegation, kind: draft.payload.request ?? 'speak'};
		}

		case 'floor-move': {
			return {type: 'move', ...draft.payload};
		}

		case 'floor-statement': {
			return {type: 'statement', ...draft.payload};
		}

		case 'floor-withdraw':
		case 'floor-give':
		case 'floor-end': {
			return {type: draft.kind === 'floor-withdraw' ? 'withdraw' : draft.kind === 'floor-give' ? 'give' : 'end', item: draft.payload.item, delegation: draft.payload.delegation};
		}

		case 'floor-close':
		case 'floor-open': {
			return {type: draft.kind === 'floor-close' ? 'close' : 'open', item: draft.payload.item};
		}

		case 'floor-plan': {
			return {type: 'plan', item: draft.payload.item, minutes: draft.payload.minutes};
		}
	}
}
