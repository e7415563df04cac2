import {z} from 'zod';
import {stances} from '../../dataset/vocabulary.js';
import type {FloorEvent} from './floor-events.js';

/*
The journal payload of each floor entry kind (`floor-request`, `floor-give` ...),
and the two-way mapping with floor events. The entry-kind modules
(journal/entry-kinds/floor-*.ts) declare these payloads; replay turns the floor
entries in effect back into events for queue.ts.
*/

const dataId = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'an id is lower-case letters, digits, ".", "_" or "-"');

/** Longest statement, in characters: one line of the summary record, not a speech. */
export const maxStatementLength = 2000;

/** A statement as one line: the line and paragraph separators JavaScript treats as line ends become spaces (sanitizeLine has done the rest). */
export function oneLine(text: string): string {
	return text.replace(/[\u2028\u2029]/g, ' ');
}

const onItem = {item: dataId.describe('Id of the agenda item whose list it is')};
const byDelegation = {...onItem, delegation: dataId.describe('Id of the delegation')};

export const floorPayloads = {
	'floor-request': z.object({...byDelegation, request: z.enum(['point-of-order', 'reply']).optional().describe('A point of order or a right of reply; absent: a request to speak')}).strict(),
	'floor-withdraw': z.object(byDelegation).strict(),
	'floor-move': z.object({...byDelegation, by: z.number().int().min(-1000).max(1000).refine(value => value !== 0, 'a move of 0 places').describe('Places to move: negative is up (earlier)')}).strict(),
	'floor-give': z.object(byDelegation).strict(),
	'floor-end': z.object(byDelegation).strict(),
	'floor-statement': z.object({...byDelegation, text: z.string().trim().min(1).max(maxStatementLength), stance: z.enum(stances).optional().describe('The position the statement takes on the item, also recorded as its position')}).strict(),
	'floor-close': z.object(onItem).strict(),
	'floor-open': z.object(onItem).strict(),
	'floor-plan': z.object({...onItem, minutes: z.number().positive().max(24 * 60).describe('Planned duration of the item in minutes')}).strict(),
} as const;

export type FloorKind = keyof typeof floorPayloads;
export const floorKinds = Object.keys(floorPayloads) as FloorKind[];

export type FloorDraft = {[K in FloorKind]: {readonly kind: K; readonly payload: z.infer<(typeof floorPayloads)[K]>}}[FloorKind];

export function isFloorKind(kind: string): kind is FloorKind {
	return Object.hasOwn(floorPayloads, kind);
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
