import type {Dataset, Stance} from '../../dataset/schema.js';
import {stances} from '../../dataset/schema.js';
import {matchDelegations} from '../../journal/targets.js';
import {sanitizeLine} from '../../text/sanitize.js';
import type {FloorEvent, RequestKind} from '../../journal/floor/floor-events.js';
import {maxStatementLength, oneLine} from '../../journal/floor/floor-payloads.js';
import {itemFloor, speechesOn, type FloorContext, type FloorState} from '../../journal/floor/floor-state.js';
import {nextSpeaker} from '../../journal/floor/next-speaker.js';
import {plannedMs, withPlans} from '../../journal/floor/floor-settings.js';
import {rulesView} from '../../journal/floor/queue.js';
import {floorRejection} from '../../journal/floor/rules.js';

/*
The floor overlay (`f`) and its two forms, the speaker picker (`a`) and the
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

const editing: FloorPhase = {kind: 'editing'};

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
function checked(overlay: FloorOverlay, world: FloorWorld, event: FloorEvent): FloorStep {
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
				? {overlay, notice: 'Nobody has spoken on this item yet: give the floor first (Enter, or n for the next speaker)'}
				: {overlay: {...overlay, form: statementForm(delegation), phase: editing}};
		}

		case 'floor-next': {
			const next = nextSpeaker(world.floor, item);
			return next === undefined ? {overlay, notice: 'The list of speakers is empty (a adds a speaker)'} : checked(overlay, world, {type: 'give', item, delegation: next});
		}

		case 'floor-end': {
			const {speaker} = world.floor;
			return speaker === undefined ? {overlay, notice: 'Nobody has the floor'} : checked(overlay, world, {type: 'end', item: speaker.item, delegation: speaker.delegation});
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
				return {overlay, notice: 'The list of speakers is empty (a adds a speaker)'};
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

let lastMatches: {readonly dataset: Dataset; readonly query: string; readonly matches: ReturnType<typeof matchDelegations>} | undefined;

/** The delegations the picker's query matches, best first (the last answer is kept: every frame asks it again). */
export function pickerMatches(dataset: Dataset, form: PickerForm) {
	if (lastMatches?.dataset !== dataset || lastMatches.query !== form.query) {
		lastMatches = {dataset, query: form.query, matches: matchDelegations(dataset, form.query)};
	}

	return lastMatches.matches;
}

const requestCycle: readonly RequestKind[] = ['speak', 'point-of-order', 'reply'];

/** Closes a form: back to the list, or out of the overlay when a pane key opened the form alone. */
export function closeForm(overlay: FloorOverlay): FloorOverlay | undefined {
	return overlay.isListShown ? {...overlay, form: undefined, phase: editing} : undefined;
}

/** A key in a form: `key` is its canonical name, `text` what it typed (printable input). */
export function floorFormKey(overlay: FloorOverlay, key: 'accept' | 'cancel' | 'next-field' | 'backspace' | 'clear' | 'down' | 'up' | 'text', text: string, world: FloorWorld): FloorStep {
	const {form} = overlay;
	if (form === undefined || overlay.phase.kind === 'saving') {
		return {overlay};
	}

	const clear = overlay.phase.kind === 'failed' ? {phase: editing} : {};
	if (key === 'cancel') {
		return {overlay: closeForm(overlay)};
	}

	if (form.kind === 'picker') {
		const matches = pickerMatches(world.dataset, form);
		switch (key) {
			case 'accept': {
				const chosen = matches[form.match];
				if (chosen === undefined) {
					return {overlay: {...overlay, phase: {kind: 'failed', message: `No delegation matches “${sanitizeLine(form.query)}”`}}};
				}

				return checked(overlay, world, {type: 'request', item: overlay.item, delegation: chosen.id, kind: form.request});
			}

			case 'next-field': {
				const request = requestCycle[(requestCycle.indexOf(form.request) + 1) % requestCycle.length]!;
				return {overlay: {...overlay, ...clear, form: {...form, request}}};
			}

			case 'down':
			case 'up': {
				const count = matches.length;
				return {overlay: {...overlay, ...clear, form: {...form, match: count === 0 ? 0 : (form.match + (key === 'down' ? 1 : -1) + count) % count}}};
			}

			case 'backspace':
			case 'clear':
			case 'text': {
				const query = key === 'text' ? form.query + sanitizeLine(text) : key === 'clear' ? '' : [...form.query].slice(0, -1).join('');
				return {overlay: {...overlay, ...clear, form: {...form, query: query.slice(0, 100), match: 0}}};
			}
		}
	}

	if (form.kind === 'plan') {
		switch (key) {
			case 'accept': {
				const minutes = Number(form.text);
				return form.text === '' || !Number.isFinite(minutes) || minutes <= 0 || minutes > 24 * 60
					? {overlay: {...overlay, phase: {kind: 'failed', message: 'Type the planned minutes (1 to 1440), then Enter'}}}
					: checked(overlay, world, {type: 'plan', item: overlay.item, minutes});
			}

			case 'backspace':
			case 'clear':
			case 'text': {
				const typed = key === 'text' ? form.text + text.replace(/[^\d.]/g, '') : key === 'clear' ? '' : form.text.slice(0, -1);
				return {overlay: {...overlay, ...clear, form: {...form, text: typed.slice(0, 7)}}};
			}

			default: {
				return {overlay};
			}
		}
	}

	switch (key) {
		case 'accept': {
			const line = form.text.trim();
			if (line === '') {
				return {overlay: {...overlay, phase: {kind: 'failed', message: 'Type what the delegation said, then Enter'}}};
			}

			const event: FloorEvent = form.stance === undefined
				? {type: 'statement', item: overlay.item, delegation: form.delegation, text: line}
				: {type: 'statement', item: overlay.item, delegation: form.delegation, text: line, stance: form.stance};
			return checked(overlay, world, event);
		}

		case 'next-field': {
			return {overlay: {...overlay, ...clear, form: {...form, field: form.field === 'text' ? 'stance' : 'text'}}};
		}

		case 'down':
		case 'up': {
			return {overlay};
		}

		case 'backspace':
		case 'clear':
		case 'text': {
			if (form.field === 'stance') {
				return {overlay: {...overlay, ...clear, form: {...form, stance: key === 'text' ? stanceOfKey(text, form.stance) : undefined}}};
			}

			const typed = key === 'text' ? form.text + oneLine(sanitizeLine(text)) : key === 'clear' ? '' : [...form.text].slice(0, -1).join('');
			return {overlay: {...overlay, ...clear, form: {...form, text: [...typed].slice(0, maxStatementLength).join('')}}};
		}
	}
}

/** 1-5 or a stance's first letter picks it; 0 or a space clears it. */
function stanceOfKey(text: string, current: Stance | undefined): Stance | undefined {
	if (text === '0' || text === ' ') {
		return undefined;
	}

	const digit = Number(text);
	if (Number.isInteger(digit) && digit >= 1 && digit <= stances.length) {
		return stances[digit - 1];
	}

	return stances.find(stance => stance.startsWith(text.toLowerCase())) ?? current;
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
