import {rollCallForm, rollCallKey, rollCallTally, rollCallVotes, type RollCallForm} from '../../outcomes/roll-call-form.js';
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
the target. Observers are not listed: they do not vote.
*/

export type VoteForm = {
	readonly kind: 'vote';
	readonly target: string;
	readonly label: string;
	readonly roll: RollCallForm;
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
	return {kind: 'vote', target, label: shortTargetLabel(state.index, target), roll: rollCallForm(voters), ...(decision === undefined ? {} : {decision}), phase: editing};
}

export function isVoteChanged(form: VoteForm): boolean {
	return form.roll.votes.size > 0;
}

export function saveVote(form: VoteForm): Step<VoteForm> {
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
	const roll = presses.reduce((current, press) => rollCallKey(current, press), form.roll);
	return roll === form.roll ? withForm(form) : withForm({...form, roll, phase: editing});
}
