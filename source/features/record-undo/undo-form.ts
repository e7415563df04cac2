import type {DatasetIndex} from '../../dataset/build-index.js';
import {t} from '../../i18n/translate.js';
import {statusWord, stanceWord} from '../../format/status.js';
import {shownWords} from '../../i18n/words/words.js';
import {describeEntry, targetLabel} from '../../journal/describe.js';
import {outcomeWord} from '../../journal/entry-kinds/outcome-words.js';
import type {JournalEntry} from '../../journal/schema.js';
import {outcomeKeys} from '../../journal/entry-kinds/outcome-words.js';
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
			const outcomes = entry.payload.outcomes?.map(outcome => t(outcomeKeys[outcome.kind])).join(' + ') ?? outcomeWord[entry.payload.outcome];
			return t('what.decision', {target: shortTargetLabel(index, entry.payload.target), outcome: outcomes});
		}

		case 'status': {
			return t('what.status-was', {target: shortTargetLabel(index, entry.payload.item), status: statusWord[entry.payload.status]});
		}

		case 'position': {
			return t('what.position-of', {delegation: targetLabel(index, entry.payload.delegation), target: shortTargetLabel(index, entry.payload.on), stance: stanceWord[entry.payload.stance]});
		}

		case 'current': {
			return t('what.current', {target: shortTargetLabel(index, entry.payload.item)});
		}

		case 'undo': {
			return t('what.undo-entry', {entry: entry.payload.entry});
		}

		case 'vote': {
			const {yes, no, abstain} = entry.payload.counts;
			return `vote on ${shortTargetLabel(index, entry.payload.target)} (${yes}-${no}-${abstain})`;
		}

		default: {
			// The floor's kinds (issue 12) in their own words: "floor given to Brazil on item 1".
			return describeEntry(entry, index, undefined, shownWords);
		}
	}
}

/** The undo confirmation for the last entry still in effect. */
export function undoForm(index: DatasetIndex, entry: JournalEntry): UndoForm {
	return {kind: 'undo', entry: entry.id, description: undoDescription(index, entry), phase: editing};
}

export function undoFormFor(state: State): UndoForm | string {
	const entry = state.records.lastUndoable;
	return entry === undefined ? t('notice.nothing-to-undo') : undoForm(state.index, entry);
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
