import {rollCallForm, rollCallKey, rollCallTally, rollCallVotes, type RollCallForm} from '../../outcomes/roll-call-form.js';
import {countedVotes, countsKey, emptyCounts, isCounted, type CountsForm} from '../../outcomes/vote-counts-form.js';
import {selectedItem, type State} from '../../state/state.js';
import {t} from '../../i18n/translate.js';
import {editing, saving, withForm, type Phase, type Step} from '../recording/form-parts.js';
import {shortTargetLabel, targetOf} from '../recording/target.js';

/*
`v`: a roll-call vote on the selected item (or the proposal under the cursor):
the Council's Member States in the dataset's order, one key each as the chair
calls them (y yes, n no, a abstain, - absent), ↑/↓ to correct one, t for a
two-thirds majority, o for the French names' order, s to start from the name
under the cursor (drawn by lot); Ctrl+S records it, linked to the decision in effect on
the target. Observers are not listed: they do not vote. c switches to typing
the counts instead (a show of hands, the electronic board's totals: yes, no,
abstentions; the rest absent), and back; the majority rule is the same.
*/

export type VoteForm = {
	readonly kind: 'vote';
	readonly target: string;
	readonly label: string;
	readonly roll: RollCallForm;
	/** A roll called (the default), or counts typed. */
	readonly mode: 'roll' | 'counts';
	readonly counts: CountsForm;
	/** The decision entry in effect on the target, which the vote supports. */
	readonly decision?: string;
	readonly phase: Phase;
};

export function voteFormFor(state: State): VoteForm | string {
	const item = selectedItem(state);
	const target = targetOf(state);
	if (item === undefined || target === undefined) {
		return t('notice.no-item-selected');
	}

	const voters = state.index.dataset.delegations.filter(delegation => delegation.kind === 'member-state').map(delegation => ({id: delegation.id, name: delegation.name, ...(delegation.names?.fr === undefined ? {} : {frenchName: delegation.names.fr})}));
	if (voters.length === 0) {
		return t('vote.no-member-state');
	}

	const decision = (state.records.decisions.get(target) as {readonly entryId?: string} | undefined)?.entryId;
	return {kind: 'vote', target, label: shortTargetLabel(state.index, target), roll: rollCallForm(voters), mode: 'roll', counts: emptyCounts, ...(decision === undefined ? {} : {decision}), phase: editing};
}

export function isVoteChanged(form: VoteForm): boolean {
	return form.roll.votes.size > 0 || isCounted(form.counts);
}

function saveCounts(form: VoteForm): Step<VoteForm> {
	const total = form.roll.voters.length;
	if (!isCounted(form.counts)) {
		return withForm({...form, phase: {kind: 'failed', message: t('vote.nothing-counted')}});
	}

	const counted = countedVotes(form.counts, total);
	if (!counted.ok) {
		return withForm({...form, phase: {kind: 'failed', message: t('vote.too-many', {given: counted.given, total})}});
	}

	return {
		kind: 'save',
		form: {...form, phase: saving},
		draft: {kind: 'vote', payload: {target: form.target, counts: counted.counts, majority: form.roll.majority, ...(form.decision === undefined ? {} : {decision: form.decision})}},
	};
}

export function saveVote(form: VoteForm): Step<VoteForm> {
	if (form.mode === 'counts') {
		return saveCounts(form);
	}

	if (form.roll.votes.size === 0) {
		return withForm({...form, phase: {kind: 'failed', message: t('vote.nothing-called')}});
	}

	const {counts} = rollCallTally(form.roll);
	return {
		kind: 'save',
		form: {...form, phase: saving},
		draft: {kind: 'vote', payload: {target: form.target, counts, roll: rollCallVotes(form.roll), majority: form.roll.majority, ...(form.decision === undefined ? {} : {decision: form.decision})}},
	};
}

/** A key, or keys typed faster than read ("ynna" arrives as one chunk): each character is a call. */
export function voteKey(form: VoteForm, key: string, text: string | undefined): Step<VoteForm> {
	const presses = text !== undefined && text.length > 1 ? [...text] : [key];
	if (form.mode === 'counts' || key === 'c') {
		return countsStep(form, presses);
	}

	const roll = presses.reduce((current, press) => rollCallKey(current, press), form.roll);
	return roll === form.roll ? withForm(form) : withForm({...form, roll, phase: editing});
}

/** c between the roll call and the counts; on the counts, digits, Backspace and the moves, t the majority. */
function countsStep(form: VoteForm, presses: readonly string[]): Step<VoteForm> {
	let next = form;
	for (const press of presses) {
		if (press === 'c') {
			next = {...next, mode: next.mode === 'roll' ? 'counts' : 'roll'};
		} else if (next.mode === 'roll') {
			next = {...next, roll: rollCallKey(next.roll, press)};
		} else if (press === 't') {
			next = {...next, roll: rollCallKey(next.roll, 't')};
		} else {
			next = {...next, counts: countsKey(next.counts, press)};
		}
	}

	return next === form ? withForm(form) : withForm({...next, phase: editing});
}

/** Tab on the counts: the next field (on the roll call it does nothing: ↑/↓ move there). */
export function nextVoteField(form: VoteForm): VoteForm {
	return form.mode === 'counts' ? {...form, counts: countsKey(form.counts, 'tab')} : form;
}
