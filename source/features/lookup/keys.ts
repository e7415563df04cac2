import {type Binding, panes} from '../../keymap/bindings.js';

export const lookupKeys: readonly Binding[] = [
	{command: 'lookup', keys: ['#'], label: '#', short: 'lookup', description: 'Look up a reference (71, PP-22/157, an item number, a document symbol) and everything that cites it', where: [...panes, 'lookup-result'], footer: ['agenda', 'detail'], priority: 4},
];
