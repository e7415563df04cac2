import type {DatasetIndex} from '../../dataset/build-index.js';
import {itemStatuses, stances} from '../../dataset/vocabulary.js';
import {outcomeAliases, outcomeKinds, type OutcomeKind} from '../../outcomes/outcome-kinds.js';
import {resolveDelegation, resolveStance, resolveStatus, resolveTarget} from '../../journal/targets.js';
import {t, type MessageKey} from '../../i18n/translate.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {command, key, typed, type LineAction} from './line-actions.js';

/*
A typed line → what it does, as pure data: the actions for the reducer (the
keys the dashboard would be pressed with, in order), or one of the things only
line mode does (read out the selected item, list the commands, leave). Names
are checked here against the dataset, the way `council record` checks them,
so a mistyped delegation is said at once rather than left in an open form.
*/

export type Parsed =
	/** `ifSilent`: what to say when the actions change nothing worth a line (next on the last item). */
	| {readonly kind: 'actions'; readonly actions: readonly LineAction[]; readonly ifSilent?: MessageKey}
	| {readonly kind: 'show'}
	/** Read the floor out: who speaks, for how long, and the list of speakers. */
	| {readonly kind: 'floor'}
	| {readonly kind: 'help'}
	| {readonly kind: 'quit'}
	| {readonly kind: 'nothing'}
	| {readonly kind: 'error'; readonly message: string};

/** The command words, in the order `help` lists them. */
export const commandWords = ['next', 'previous', 'item', 'current', 'show', 'lookup', 'filter', 'floor', 'decide', 'status', 'position', 'undo', 'export', 'help', 'quit'] as const;
export type CommandWord = (typeof commandWords)[number];

const aliases: Readonly<Record<string, CommandWord>> = {
	n: 'next',
	prev: 'previous',
	p: 'previous',
	go: 'item',
	read: 'show',
	'#': 'lookup',
	'/': 'filter',
	decision: 'decide',
	h: 'help',
	'?': 'help',
	q: 'quit',
	exit: 'quit',
};

function actions(...list: LineAction[]): Parsed {
	return {kind: 'actions', actions: list};
}

function error(message: string): Parsed {
	return {kind: 'error', message};
}

/** Selects the item the words name, or says why not. */
function selectItem(index: DatasetIndex, words: string): LineAction | string {
	const found = resolveTarget(index, words, ['agenda-item']);
	return found.ok ? {type: 'select-item', item: found.value} : found.message;
}

/** An outcome kind by its word or a synonym ("took-note", "agree"), as `council record` reads them: all twelve the form offers. */
function outcomeKindOf(word: string): OutcomeKind | undefined {
	const typedWord = word.trim().toLowerCase().replace(/[\s_]+/g, '-');
	return (outcomeKinds as readonly string[]).includes(typedWord) ? typedWord as OutcomeKind : outcomeAliases[typedWord];
}

/** The form's keys that put its cursor on an outcome: 1-9 for the first nine, then → from the ninth (a letter may name two). */
function outcomeKeys(kind: OutcomeKind): LineAction[] {
	const at = outcomeKinds.indexOf(kind);
	return at < 9 ? [key(String(at + 1))] : [key('9'), ...Array.from({length: at - 8}, () => key('right'))];
}

function decide(rest: string): Parsed {
	const [word = '', ...textWords] = rest.split(/\s+/);
	const outcome = outcomeKindOf(word);
	if (word === '' || outcome === undefined) {
		return error(t('line.decide-usage', {outcomes: outcomeKinds.join(', ')}));
	}

	const text = textWords.join(' ');
	// The form opens on its draft, Tab moves to the outcomes and the keys above pick one (as typed in the form); Ctrl+S saves.
	return actions(
		key('d'),
		key('tab'),
		...outcomeKeys(outcome),
		...(text === '' ? [] : [{type: 'set-decision-text', text} as const]),
		key('ctrl-s'),
		{type: 'drop-forms'},
	);
}

function status(rest: string): Parsed {
	const found = resolveStatus(rest);
	if (rest === '' || !found.ok) {
		return error(t('line.status-usage', {statuses: itemStatuses.join(', ')}));
	}

	return actions(key('s'), key(String(itemStatuses.indexOf(found.value) + 1)), key('return'), {type: 'drop-forms'});
}

/** `position France supports a note`: the delegation is the words before the first stance word. */
function position(index: DatasetIndex, rest: string): Parsed {
	const words = rest.split(/\s+/).filter(word => word !== '');
	const at = words.findIndex((word, position) => position > 0 && resolveStance(word).ok);
	if (at === -1) {
		return error(t('line.position-usage', {stances: stances.join(', ')}));
	}

	const delegationWords = words.slice(0, at).join(' ');
	const delegation = resolveDelegation(index.dataset, delegationWords);
	if (!delegation.ok) {
		return error(delegation.message);
	}

	const stance = resolveStance(words[at] ?? '');
	if (!stance.ok) {
		return error(stance.message);
	}

	const note = words.slice(at + 1).join(' ');
	// The form finds the delegation by its id as typed; Enter takes the first match, the stance's number picks it.
	return actions(
		key('p'),
		typed(delegation.value),
		key('return'),
		key(String(stances.indexOf(stance.value) + 1)),
		...(note === '' ? [] : [typed(note)]),
		key('return'),
		{type: 'drop-forms'},
	);
}

/** `floor`: who has the floor and the list; `floor France`: give it; `floor next`, `floor end`, `floor add Egypt`: the floor's keys. */
function floor(index: DatasetIndex, rest: string): Parsed {
	const [word = '', ...others] = rest.split(/\s+/);
	switch (word.toLowerCase()) {
		case '': {
			return {kind: 'floor'};
		}

		case 'next': {
			return actions(command('floor-next'));
		}

		case 'end': {
			return actions(command('floor-end'));
		}

		case 'add': {
			const delegation = resolveDelegation(index.dataset, others.join(' '));
			// The picker finds the delegation by its id as typed; Enter saves the request.
			return delegation.ok ? actions(command('floor-add'), typed(delegation.value), key('return'), {type: 'drop-forms'}) : error(delegation.message);
		}

		default: {
			const delegation = resolveDelegation(index.dataset, rest);
			return delegation.ok ? actions({type: 'floor-give', delegation: delegation.value}) : error(delegation.message);
		}
	}
}

export function parseCommand(index: DatasetIndex, input: string): Parsed {
	const line = sanitizeLine(input).trim();
	if (line === '') {
		return {kind: 'nothing'};
	}

	const [first = '', ...others] = line.split(/\s+/);
	const rest = others.join(' ');
	const lower = first.toLowerCase();
	const word = (commandWords as readonly string[]).includes(lower) ? (lower as CommandWord) : aliases[lower];
	switch (word) {
		case undefined: {
			return error(t('line.unknown-command', {word: first}));
		}

		case 'next': {
			return {kind: 'actions', actions: [command('move-down')], ifSilent: 'line.last-item'};
		}

		case 'previous': {
			return {kind: 'actions', actions: [command('move-up')], ifSilent: 'line.first-item'};
		}

		case 'item': {
			if (rest === '') {
				return error(t('line.item-usage'));
			}

			const selected = selectItem(index, rest);
			return typeof selected === 'string' ? error(selected) : actions(selected);
		}

		case 'current': {
			if (rest === '') {
				return actions(command('make-current'));
			}

			const selected = selectItem(index, rest);
			return typeof selected === 'string' ? error(selected) : actions(selected, command('make-current'));
		}

		case 'show': {
			return {kind: 'show'};
		}

		case 'lookup': {
			// The result is read out when it opens, then closed: the next `next` moves the agenda, not the result.
			return rest === '' ? error(t('line.lookup-usage')) : actions(command('lookup'), typed(rest), key('return'), command('back'));
		}

		case 'filter': {
			// `filter` alone clears it, as Esc on the agenda does.
			return rest === '' ? actions(command('back')) : actions(command('filter'), typed(rest), key('return'));
		}

		case 'floor': {
			return floor(index, rest);
		}

		case 'decide': {
			return decide(rest);
		}

		case 'status': {
			return status(rest);
		}

		case 'position': {
			return position(index, rest);
		}

		case 'undo': {
			return actions(key('u'), key('y'), {type: 'drop-forms'});
		}

		case 'export': {
			return actions(command('export-minutes'));
		}

		case 'help': {
			return {kind: 'help'};
		}

		case 'quit': {
			return {kind: 'quit'};
		}
	}

	return error(t('line.unknown-command', {word: first}));
}
