import type {DatasetIndex} from '../../dataset/build-index.js';
import {statusWord, stanceWord} from '../../format/status.js';
import {describeEntry, targetLabel} from '../../journal/describe.js';
import {outcomeWord, type JournalEntry} from '../../journal/schema.js';
import {outcomeKindWord} from '../../outcomes/outcome-kinds.js';
import type {State} from '../../state/state.js';
import {editing, saving, withForm, type Phase, type Step} from '../recording/form-parts.js';
import {shortTargetLabel} from '../recording/target.js';

/* `u`: a y/n question before recording the reversal of the last entry still in effect. */

export type UndoForm = {
	readonly kind: 'undo';
	readonly entry: string;
	/** "decision on item 1 (approved)". */
	readonly description: string;
	readonly phase: Phase;
};

/** What an undo would reverse, in a few words: "decision on item 1 (approved)". */
export function undoDescription(index: DatasetIndex, entry: JournalEntry): string {
	switch (entry.kind) {
		case 'decision': {
			const outcomes = entry.payload.outcomes?.map(outcome => outcomeKindWord[outcome.kind]).join(' + ') ?? outcomeWord[entry.payload.outcome];
			return `decision on ${shortTargetLabel(index, entry.payload.target)} (${outcomes})`;
		}

		case 'status': {
			return `status of ${shortTargetLabel(index, entry.payload.item)} (${statusWord[entry.payload.status]})`;
		}

		case 'position': {
			return `position of ${targetLabel(index, entry.payload.delegation)} on ${shortTargetLabel(index, entry.payload.on)} (${stanceWord[entry.payload.stance]})`;
		}

		case 'current': {
			return `current item ${shortTargetLabel(index, entry.payload.item)}`;
		}

		case 'undo': {
			return `undo of ${entry.payload.entry}`;
		}

		case 'vote': {
			const {yes, no, abstain} = entry.payload.counts;
			return `vote on ${shortTargetLabel(index, entry.payload.target)} (${yes}-${no}-${abstain})`;
		}

		default: {
			// The floor's kinds (issue 12) in their own words: "floor given to Brazil on item 1".
			return describeEntry(entry, index);
		}
	}
}

/** The undo confirmation for the last entry still in effect. */
export function undoForm(index: DatasetIndex, entry: JournalEntry): UndoForm {
	return {kind: 'undo', entry: entry.id, description: undoDescription(index, entry), phase: editing};
}

export function undoFormFor(state: State): UndoForm | string {
	const entry = state.records.lastUndoable;
	return entry === undefined ? 'Nothing to undo' : undoForm(state.index, entry);
}

export function saveUndo(form: UndoForm): Step<UndoForm> {
	return {kind: 'save', form: {...form, phase: saving}, draft: {kind: 'undo', payload: {entry: form.entry}}};
}

export function undoKey(form: UndoForm, key: string): Step<UndoForm> {
	if (key === 'y' || key === 'Y' || key === 'return') {
		return saveUndo(form);
	}

	return key === 'n' || key === 'N' ? {kind: 'close'} : withForm(form);
}
