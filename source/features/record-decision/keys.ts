import {type Binding, panes} from '../../keymap/bindings.js';

/** Recording (issue 4): only where an item is selected; a viewer sees them refused with the reason. */
export const decisionKeys: readonly Binding[] = [
	{command: 'record-decision', records: true, keys: ['d'], label: 'd', short: 'decide', description: 'Record a decision on the selected item (in the detail: on the proposal under the cursor; in the positions pane: on what it shows), pre-filled from its action required', where: panes, footer: ['agenda', 'detail', 'positions'], priority: 2},
];
