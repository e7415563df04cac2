import type {ActionKind, ItemStatus, Stance} from '../dataset/schema.js';
import {t, translatedWords, widestInAnyLanguage, type MessageKey} from '../i18n/translate.js';
import {displayWidth} from '../text/width.js';
import {outcomeKeys, outcomeWordKeys} from '../journal/entry-kinds/outcome-words.js';

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

export const statusWordKeys = {
	pending: 'status.pending',
	'under-consideration': 'status.under-consideration',
	decided: 'status.decided',
	deferred: 'status.deferred',
} as const;

export const statusWord: Record<ItemStatus, string> = translatedWords(statusWordKeys);

/** The word in the agenda's status column, where 19 columns for "under consideration" would eat the title. */
export const statusShortWordKeys = {
	pending: 'status.short.pending',
	'under-consideration': 'status.short.under-consideration',
	decided: 'status.short.decided',
	deferred: 'status.short.deferred',
} as const;

export const statusShortWord: Record<ItemStatus, string> = translatedWords(statusShortWordKeys);

let statusWidth: number | undefined;
/** The status column's width: its widest word in any language, so columns do not move with the language. Worked out on first use: measuring Arabic and Chinese loads ICU's break rules, which a command that draws no agenda need not pay. */
export function statusColumnWidth(): number {
	statusWidth ??= 2 + widestInAnyLanguage(statusShortWordKeys, displayWidth);
	return statusWidth;
}

export function statusLabel(status: ItemStatus, isShort = false): string {
	return `${statusGlyph[status]} ${(isShort ? statusShortWord : statusWord)[status]}`;
}

export const actionKindWordKeys = {
	approve: 'action.approve',
	adopt: 'action.adopt',
	consider: 'action.consider',
	'take-note': 'action.take-note',
	decide: 'action.decide',
	elect: 'action.elect',
	other: 'action.other',
} as const;

export const actionKindWord: Record<ActionKind, string> = translatedWords(actionKindWordKeys);

let actionWidth: number | undefined;
/** The action column's width, its widest word in any language (worked out on first use, as statusColumnWidth). */
export function actionKindWidth(): number {
	actionWidth ??= widestInAnyLanguage(actionKindWordKeys, displayWidth);
	return actionWidth;
}

/** A decision's outcome in words (the journal keeps the English id; see journal/entry-kinds/entry-fields.ts). */
export {outcomeWordKeys};

export const outcomeLabel: Readonly<Record<keyof typeof outcomeWordKeys, string>> = translatedWords(outcomeWordKeys);

/** A decision's outcomes in words, "noted + approved": every one it gives, else its one outcome. */
export function decisionOutcomeWords(decision: {readonly outcome: string; readonly outcomes?: readonly string[]}): string {
	// The twelve kinds' words (the journal's first eight and the later ones), in the interface's language.
	return (decision.outcomes ?? [decision.outcome]).map(outcome => {
		const key = (outcomeKeys as Readonly<Record<string, MessageKey>>)[outcome];
		return key === undefined ? outcome : t(key);
	}).join(' + ');
}

export const stanceGlyph: Record<Stance, string> = {
	supports: '+',
	opposes: '-',
	reservation: '!',
	'more-information': '?',
	neutral: '=',
};

export const stanceWordKeys = {
	supports: 'stance.supports',
	opposes: 'stance.opposes',
	reservation: 'stance.reservation',
	'more-information': 'stance.more-information',
	neutral: 'stance.neutral',
} as const;

export const stanceWord: Record<Stance, string> = translatedWords(stanceWordKeys);

export function stanceLabel(stance: Stance): string {
	return `${stanceGlyph[stance]} ${stanceWord[stance]}`;
}
