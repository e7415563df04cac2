import {type Binding, panes} from '../../keymap/bindings.js';

export const filterKeys: readonly Binding[] = [
	{command: 'filter', keys: ['/'], label: '/', short: 'filter', description: 'Filter the agenda by any text (titles, the documents\' text, references, proposals), live as you type; matches are marked › in the detail', where: panes, footer: ['agenda'], priority: 3},
];

export const matchKeys: readonly Binding[] = [
	{command: 'next-match', keys: ['n'], label: 'n', short: 'next match', description: 'Next item matching the filter; in the detail, the next line holding it (wraps around)', where: panes},
	{command: 'previous-match', keys: ['N'], label: 'N', short: 'prev match', description: 'Previous item matching the filter, or line in the detail (wraps around)', where: panes},
];
