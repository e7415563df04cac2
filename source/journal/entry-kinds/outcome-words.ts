import type {MessageKey} from '../../i18n/en.js';
import {translatedWords} from '../../i18n/translate.js';
import type {OutcomeKind} from '../../outcomes/outcome-kinds.js';

/*
The outcomes' ids and the catalogue's keys of their words, as plain values: what
the screens and the lookup read, without building the journal's zod schemas
(entry-fields.ts and decision.ts use these and export them as before).
*/

export const outcomes = ['approved', 'adopted', 'noted', 'endorsed', 'deferred', 'rejected', 'referred', 'other'] as const;

/** The catalogue's key of each outcome's word (the journal keeps the English id). */
export const outcomeWordKeys = {
	approved: 'outcome.approved',
	adopted: 'outcome.adopted',
	noted: 'outcome.noted',
	endorsed: 'outcome.endorsed',
	deferred: 'outcome.deferred',
	rejected: 'outcome.rejected',
	referred: 'outcome.referred',
	other: 'outcome.other',
} as const satisfies Record<(typeof outcomes)[number], string>;

/** An outcome in words, in the interface's language (the catalogue's `outcome.` words). */
export const outcomeWord: Readonly<Record<(typeof outcomes)[number], string>> = translatedWords(outcomeWordKeys);

/** Each outcome's word: the journal's first eight are the catalogue's `outcome.` words, the later ones the decision's own. */
export const outcomeKeys: Readonly<Record<OutcomeKind, MessageKey>> = {
	...outcomeWordKeys,
	confirmed: 'describe.outcome.confirmed',
	agreed: 'describe.outcome.agreed',
	decided: 'describe.outcome.decided',
	instructed: 'describe.outcome.instructed',
};
