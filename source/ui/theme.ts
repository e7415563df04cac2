import type {Tone} from '../format/line.js';

/*
Style as data, one place. Every tone's meaning is also in the text (glyphs,
words, markers), so NO_COLOR (which the entry turns into FORCE_COLOR=0, the only
switch chalk honours) loses nothing but emphasis.
*/

export type ToneStyle = {
	readonly color?: string;
	readonly bold?: boolean;
	readonly dimColor?: boolean;
	readonly underline?: boolean;
};

export const theme = {
	plain: {},
	title: {bold: true},
	heading: {bold: true, color: 'cyan'},
	rule: {dimColor: true},
	dim: {dimColor: true},
	link: {color: 'blue'},
	current: {bold: true, color: 'magenta'},
	illustrative: {color: 'yellow'},
	pending: {},
	'under-consideration': {color: 'yellow', bold: true},
	decided: {color: 'green'},
	deferred: {color: 'gray'},
	supports: {color: 'green'},
	opposes: {color: 'red'},
	reservation: {color: 'yellow'},
	'more-information': {color: 'cyan'},
	neutral: {},
	key: {bold: true},
	notice: {color: 'yellow'},
	error: {color: 'red', bold: true},
	prompt: {bold: true, color: 'cyan'},
} as const satisfies Record<Tone, ToneStyle>;
