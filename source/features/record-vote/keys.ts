import {type Binding, panes} from '../../keymap/bindings.js';

export const voteKeys: readonly Binding[] = [
	{command: 'record-vote', records: true, keys: ['v'], label: 'v', short: 'vote', description: 'Record a roll-call vote on the selected item (or the proposal under the cursor): each Member State y/n/a/- as called, t two-thirds, o French order, s start here, c counts instead', where: panes},
];
