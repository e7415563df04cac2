import {type Binding, panes} from '../../keymap/bindings.js';

/** Help and the ways out. */
export const helpKeys: readonly Binding[] = [
	{command: 'help', keys: ['?'], label: '?', short: 'help', description: 'Show all keys; ? or Esc closes', where: [...panes, 'help', 'lookup-result'], footer: ['agenda', 'detail', 'positions']},
	{command: 'quit', keys: ['q'], label: 'q', short: 'quit', description: 'Quit and leave the terminal as it was', where: [...panes, 'help', 'lookup-result'], footer: ['agenda', 'detail', 'positions']},
	{command: 'force-quit', keys: ['ctrl-c'], label: 'Ctrl+C', short: 'quit', description: 'Quit from anywhere, even while typing', where: ['global']},
];
