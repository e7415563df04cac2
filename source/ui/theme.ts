import type {ForegroundColorName} from 'chalk';
import type {Tone} from '../format/line.js';
import type {Theme} from '../settings/schema.js';

/*
Style as data, one place. Every tone's meaning is also in the text (glyphs,
words, markers), so NO_COLOR (which the entry turns into FORCE_COLOR=0, the only
switch chalk honours) loses nothing but emphasis.
*/

export type ToneStyle = {
	/** A colour by name: what styled-text.ts applies with chalk as Ink's <Text> would. */
	readonly color?: ForegroundColorName;
	readonly bold?: boolean;
	readonly dimColor?: boolean;
	readonly underline?: boolean;
	/** Reverse video: an attribute, not a colour (a match of the filter). */
	readonly inverse?: boolean;
};

const defaultPalette = {
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
	match: {inverse: true, bold: true},
} as const satisfies Palette;

/** Brighter colours, everything that matters in bold: for projectors and washed-out screens. */
const highContrastPalette = {
	plain: {},
	title: {bold: true, color: 'whiteBright'},
	heading: {bold: true, color: 'cyanBright'},
	rule: {},
	dim: {},
	link: {color: 'cyanBright', underline: true},
	current: {bold: true, color: 'magentaBright'},
	illustrative: {color: 'yellowBright', bold: true},
	pending: {bold: true},
	'under-consideration': {color: 'yellowBright', bold: true},
	decided: {color: 'greenBright', bold: true},
	deferred: {color: 'whiteBright'},
	supports: {color: 'greenBright', bold: true},
	opposes: {color: 'redBright', bold: true},
	reservation: {color: 'yellowBright', bold: true},
	'more-information': {color: 'cyanBright', bold: true},
	neutral: {},
	key: {bold: true, underline: true},
	notice: {color: 'yellowBright', bold: true},
	error: {color: 'redBright', bold: true},
	prompt: {bold: true, color: 'cyanBright'},
	match: {inverse: true, bold: true, color: 'yellowBright'},
} as const satisfies Palette;

/** No colour at all, not even dim: only bold and underline (the selection stays inverse). */
const monoPalette = {
	plain: {},
	title: {bold: true},
	heading: {bold: true},
	rule: {},
	dim: {},
	link: {underline: true},
	current: {bold: true},
	illustrative: {},
	pending: {},
	'under-consideration': {bold: true},
	decided: {},
	deferred: {},
	supports: {},
	opposes: {bold: true},
	reservation: {},
	'more-information': {},
	neutral: {},
	key: {bold: true},
	notice: {bold: true},
	error: {bold: true, underline: true},
	prompt: {bold: true},
	match: {inverse: true, underline: true},
} as const satisfies Palette;

export type Palette = Record<Tone, ToneStyle>;

/** The palette of each theme of the settings (`theme`). NO_COLOR still wins: it removes colour below Ink. */
export const palettes: Readonly<Record<Theme, Palette>> = {
	default: defaultPalette,
	'high-contrast': highContrastPalette,
	mono: monoPalette,
};

export const theme: Palette = defaultPalette;
