import type {ActionKind, ItemStatus, Stance} from '../dataset/schema.js';

/*
Status and stance as glyph and word: colour is never the only signal. The glyphs
are single-column in every terminal font we tried (string-width counts them 1).
*/

export const statusGlyph: Record<ItemStatus, string> = {
	pending: '○',
	'under-consideration': '◐',
	decided: '●',
	deferred: '»',
};

export const statusWord: Record<ItemStatus, string> = {
	pending: 'pending',
	'under-consideration': 'under consideration',
	decided: 'decided',
	deferred: 'deferred',
};

/** The word in the agenda's status column, where 19 columns for "under consideration" would eat the title. */
export const statusShortWord: Record<ItemStatus, string> = {
	pending: 'pending',
	'under-consideration': 'considering',
	decided: 'decided',
	deferred: 'deferred',
};

export const statusColumnWidth = 2 + Math.max(...Object.values(statusShortWord).map(word => word.length));

export function statusLabel(status: ItemStatus, isShort = false): string {
	return `${statusGlyph[status]} ${(isShort ? statusShortWord : statusWord)[status]}`;
}

export const actionKindWord: Record<ActionKind, string> = {
	approve: 'approve',
	adopt: 'adopt',
	consider: 'consider',
	'take-note': 'take note',
	decide: 'decide',
	elect: 'elect',
	other: 'other',
};

export const actionKindWidth = Math.max(...Object.values(actionKindWord).map(word => word.length));

export const stanceGlyph: Record<Stance, string> = {
	supports: '+',
	opposes: '-',
	reservation: '!',
	'more-information': '?',
	neutral: '=',
};

export const stanceWord: Record<Stance, string> = {
	supports: 'supports',
	opposes: 'opposes',
	reservation: 'reservation',
	'more-information': 'more information',
	neutral: 'neutral',
};

export function stanceLabel(stance: Stance): string {
	return `${stanceGlyph[stance]} ${stanceWord[stance]}`;
}
