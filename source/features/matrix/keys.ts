import {type Binding, panes} from '../../keymap/bindings.js';

/** The consensus matrix: open and close it, move by column (rows move with the list keys). */
export const matrixKeys: readonly Binding[] = [
	{command: 'matrix', keys: ['m'], label: 'm', short: 'matrix', description: 'The consensus matrix: each delegation\'s stance on each item and proposal (+ - ! ? = s ·); m or Esc closes', where: [...panes, 'matrix'], footer: ['agenda', 'matrix']},
	{command: 'matrix-left', keys: ['left', 'h'], label: '←/h', short: 'left', description: 'The matrix\'s previous column', where: ['matrix'], footer: ['matrix'], footerText: '←→↑↓/hjkl move'},
	{command: 'matrix-right', keys: ['right', 'l'], label: '→/l', short: 'right', description: 'The matrix\'s next column', where: ['matrix']},
	{command: 'matrix-first-column', keys: ['0'], label: '0', short: 'first column', description: 'The matrix\'s first column', where: ['matrix']},
	{command: 'matrix-last-column', keys: ['$'], label: '$', short: 'last column', description: 'The matrix\'s last column', where: ['matrix']},
];
