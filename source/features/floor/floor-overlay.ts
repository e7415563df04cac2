import type {Dataset, Stance} from '../../dataset/schema.js';
import type {FloorEvent, RequestKind} from '../../journal/floor/floor-events.js';
import {itemFloor, speechesOn, type FloorContext, type FloorState} from '../../journal/floor/floor-state.js';
import {nextSpeaker} from '../../journal/floor/next-speaker.js';
import {plannedMs, withPlans} from '../../journal/floor/floor-settings.js';
import {rulesView} from '../../journal/floor/queue.js';
import {floorRejection} from '../../journal/floor/rules.js';
import {t} from '../../i18n/translate.js';

/*
The floor overlay (`f`) and its forms (their keys are floor-form-keys.ts), the speaker picker (`a`) and the
statement (`t`), as plain data and pure steps: a command or typed text in, the
next overlay and at most one floor event to record out. The dashboard's
reducer records the event (as it records a decision) and answers with
`floorRecorded`, so a form says "saved" only once the entry is on disk.

Every event is checked against the rules first, on the floor as this screen
has it, and a refusal is a notice, not an entry: the same check `council floor`
makes.
*/

export type FloorPhase = {readonly kind: 'editing'} | {readonly kind: 'saving'} | {readonly kind: 'failed'; readonly message: string};

export type PickerForm = {
	readonly kind: 'picker';
	readonly request: RequestKind;
	/** Part of a name in any language, or a code. */
	readonly query: string;
	/** The highlighted match. */
	readonly match: number;
};

export type StatementForm = {
	readonly kind: 'statement';
	readonly delegation: string;
	readonly field: 'text' | 'stance';
	readonly text: string;
	readonly stance: Stance | undefined;
};

/** The item's planned duration being typed, in minutes. */
export type PlanForm = {
	readonly kind: 'plan';
	readonly text: string;
};

export type FloorForm = PickerForm | StatementForm | PlanForm;

export type FloorOverlay = {
	readonly kind: 'floor';
	readonly item: string;
	/** Row of the list under the cursor. */
	readonly cursor: number;
	/** False when a pane key opened a form alone: closing the form closes the overlay. */
	readonly isListShown: boolean;
	readonly form: FloorForm | undefined;
	readonly phase: FloorPhase;
};

/** The commands of the floor overlay, as the keymap names them. */
export type FloorCommand =
	| 'floor-give'
	| 'floor-next'
	| 'floor-end'
	| 'floor-add'
	| 'floor-remove'
	| 'floor-move-up'
	| 'floor-move-down'
	| 'floor-statement'
	| 'floor-close-open'
	| 'floor-plan'
	| 'move-down'
	| 'move-up';

export type FloorWorld = {
	readonly dataset: Dataset;
	readonly floor: FloorState;
	readonly context: FloorContext;
};

/** What a step did: the overlay after it (undefined: closed), an event to record, a notice for the footer. */
export type FloorStep = {
	readonly overlay: FloorOverlay | undefined;
	readonly event?: FloorEvent;
	readonly notice?: string;
};

export const editing: FloorPhase = {kind: 'editing'};

export function floorOverlay(item: string, form?: FloorForm): FloorOverlay {
	return {kind: 'floor', item, cursor: 0, isListShown: form === undefined, form, phase: editing};
}

export const pickerForm = (request: RequestKind = 'speak'): PickerForm => ({kind: 'picker', request, query: '', match: 0});

/** Whom a statement is about by default: who has the floor on the item, else its last speaker. */
export function statementSpeaker(floor: FloorState, item: string): string | undefined {
	if (floor.speaker?.item === item) {
		return floor.speaker.delegation;
	}

	return speechesOn(floor, item).at(-1)?.delegation;
}

export function statementForm(delegation: string): StatementForm {
	return {kind: 'statement', delegation, field: 'text', text: '', stance: undefined};
}

/** An event checked against the rules: to record, or a notice saying why not. */
export function checked(overlay: FloorOverlay, world: FloorWorld, event: FloorEvent): FloorStep {
	const reason = floorRejection(rulesView(world.floor), event, world.context);
	if (reason !== undefined) {
		return overlay.form === undefined ? {overlay: overlay.isListShown ? overlay : undefined, notice: reason} : {overlay: {...overlay, phase: {kind: 'failed', message: reason}}};
	}

	return {overlay: {...overlay, phase: {kind: 'saving'}}, event};
}

/** A list command (the overlay open, no form). */
export function floorCommand(overlay: FloorOverlay, command: FloorCommand, world: FloorWorld): FloorStep {
	const list = itemFloor(world.floor, overlay.item);
	const selected = list.queue[Math.min(overlay.cursor, list.queue.length - 1)];
	const {item} = overlay;
	switch (command) {
		case 'move-down':
		case 'move-up': {
			const last = Math.max(0, list.queue.length - 1);
			return {overlay: {...overlay, cursor: Math.max(0, Math.min(last, overlay.cursor + (command === 'move-down' ? 1 : -1)))}};
		}

		case 'floor-add': {
			return {overlay: {...overlay, form: pickerForm(), phase: editing}};
		}

		case 'floor-statement': {
			const delegation = statementSpeaker(world.floor, item) ?? selected?.delegation;
			return delegation === undefined
				? {overlay, notice: t('floor.nobody-spoke')}
				: {overlay: {...overlay, form: statementForm(delegation), phase: editing}};
		}

		case 'floor-next': {
			const next = nextSpeaker(world.floor, item);
			return next === undefined ? {overlay, notice: t('floor.list-empty')} : checked(overlay, world, {type: 'give', item, delegation: next});
		}

		case 'floor-end': {
			const {speaker} = world.floor;
			return speaker === undefined ? {overlay, notice: t('floor.nobody-has-floor')} : checked(overlay, world, {type: 'end', item: speaker.item, delegation: speaker.delegation});
		}

		case 'floor-close-open': {
			return checked(overlay, world, {type: list.isClosed ? 'open' : 'close', item});
		}

		case 'floor-plan': {
			const planned = plannedMs(withPlans(world.context.settings, world.floor.plans), item);
			return {overlay: {...overlay, form: {kind: 'plan', text: planned === undefined ? '' : String(planned / 60_000)}, phase: editing}};
		}

		case 'floor-give':
		case 'floor-remove':
		case 'floor-move-up':
		case 'floor-move-down': {
			if (selected === undefined) {
				return {overlay, notice: t('floor.list-empty')};
			}

			const {delegation} = selected;
			const event: FloorEvent = command === 'floor-give'
				? {type: 'give', item, delegation}
				: command === 'floor-remove'
					? {type: 'withdraw', item, delegation}
					: {type: 'move', item, delegation, by: command === 'floor-move-up' ? -1 : 1};
			const step = checked(overlay, world, event);
			// The cursor follows a moved request, so J J J walks it down the list.
			if (step.event?.type === 'move' && step.overlay !== undefined) {
				return {...step, overlay: {...step.overlay, cursor: Math.max(0, overlay.cursor + step.event.by)}};
			}

			return step;
		}
	}
}

/** Closes a form: back to the list, or out of the overlay when a pane key opened the form alone. */
export function closeForm(overlay: FloorOverlay): FloorOverlay | undefined {
	return overlay.isListShown ? {...overlay, form: undefined, phase: editing} : undefined;
}

/** The edge's answer to an event recorded: close the form (or keep it with the error). */
export function floorRecorded(overlay: FloorOverlay, result: {readonly ok: boolean; readonly message: string}): FloorOverlay | undefined {
	if (!result.ok) {
		return {...overlay, phase: {kind: 'failed', message: result.message}};
	}

	return overlay.form === undefined ? {...overlay, phase: editing} : closeForm(overlay);
}

/** A floor key pressed in a pane (no overlay open): record at once, or open the form it starts. */
export function floorPaneCommand(item: string, command: FloorCommand, world: FloorWorld): FloorStep {
	const step = floorCommand({...floorOverlay(item), isListShown: false}, command, world);
	return step.overlay?.form === undefined ? {...step, overlay: undefined} : step;
}
