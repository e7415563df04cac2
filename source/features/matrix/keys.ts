import {type Binding, panes} from '../../keymap/bindings.js';

/** The consensus matrix: open and close it, and move its cursor by cell, page and edge. */
export const matrixKeys: readonly Binding[] = [
	{command: 'matrix', keys: ['m'], label: 'm', short: 'matrix', description: 'The consensus matrix: each delegation\'s stance on each item and proposal (+ - ! ? = s .); m or Esc closes', where: [...panes, 'matrix'], footer: ['matrix']},
	{command: 'matrix-down', keys: ['down', 'j'], label: '↓/j', short: 'down', description: 'The matrix\'s next delegation', where: ['matrix'], footer: ['matrix'], footerText: '←→↑↓/hjkl move'},
	{command: 'matrix-up', keys: ['up', 'k'], label: '↑/k', short: 'up', description: 'The matrix\'s previous delegation', where: ['matrix']},
	{command: 'matrix-left', keys: ['left', 'h'], label: '←/h', short: 'left', description: 'The matrix\'s previous column', where: ['matrix']},
	{command: 'matrix-right', keys: ['right', 'l'], label: '→/l', short: 'right', description: 'The matrix\'s next column', where: ['matrix']},
	{command: 'matrix-page-down', keys: ['pagedown', 'ctrl-d', 'ctrl-f'], label: 'PgDn', short: 'page', description: 'The matrix one page down', where: ['matrix']},
	{command: 'matrix-page-up', keys: ['pageup', 'ctrl-u', 'ctrl-b'], label: 'PgUp', short: 'page up', description: 'The matrix one page up', where: ['matrix']},
	{command: 'matrix-first-row', keys: ['g', 'home'], label: 'g/Home', short: 'first', description: 'The matrix\'s first delegation', where: ['matrix']},
	{command: 'matrix-last-row', keys: ['G', 'end'], label: 'G/End', short: 'last', description: 'The matrix\'s last delegation', where: ['matrix']},
	{command: 'matrix-first-column', keys: ['0'], label: '0', short: 'first column', description: 'The matrix\'s first column', where: ['matrix']},
	{command: 'matrix-last-column', keys: ['$'], label: '$', short: 'last column', description: 'The matrix\'s last column', where: ['matrix']},
];
