import {type Binding, panes} from '../../keymap/bindings.js';

export const positionKeys: readonly Binding[] = [
	{command: 'record-position', records: true, keys: ['p'], label: 'p', short: 'position', description: 'Record a delegation\'s position, the delegation found by part of its name in any language', where: panes, footer: ['agenda', 'positions'], priority: 2},
];
