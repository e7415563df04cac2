import {lineText} from '../../format/line.js';
import {stanceWord} from '../../format/status.js';
import {t} from '../../i18n/translate.js';
import {positionsOn} from '../../state/selectors.js';
import {selectedItem, type State} from '../../state/state.js';
import {detailLines} from '../panes/detail-lines.js';
import {readingWidth} from './announce.js';
import {commandWords, type CommandWord} from './parse-command.js';
import type {MessageKey} from '../../i18n/translate.js';

/*
`show` and `help` as lines. `show` reads the selected item the way the detail
pane shows it, top to bottom (the same lines, unwrapped: a paragraph is one
line), then the positions on it, one delegation a line.
*/

export function showLines(state: State): string[] {
	const item = selectedItem(state);
	if (item === undefined) {
		return [t('line.nothing-selected')];
	}

	const lines = detailLines(state.index, state.records, item, readingWidth)
		.map(line => lineText(line.line).trim())
		.filter(line => line !== '');
	const positions = positionsOn(state.index, state.records, item.id);
	lines.push(t('line.positions-heading', {count: positions.length}));
	for (const position of positions) {
		const name = state.index.dataset.delegations.find(delegation => delegation.id === position.delegation)?.name ?? position.delegation;
		lines.push(position.note === undefined
			? t('line.position-line', {delegation: name, stance: stanceWord[position.stance]})
			: t('line.position-line-note', {delegation: name, stance: stanceWord[position.stance], note: position.note}));
	}

	lines.push(t('line.end-of-item', {number: item.number}));
	return lines;
}

const helpKeys: Record<CommandWord, MessageKey> = {
	next: 'line.help-next',
	previous: 'line.help-previous',
	item: 'line.help-item',
	current: 'line.help-current',
	show: 'line.help-show',
	lookup: 'line.help-lookup',
	filter: 'line.help-filter',
	floor: 'line.help-floor',
	decide: 'line.help-decide',
	status: 'line.help-status',
	position: 'line.help-position',
	undo: 'line.help-undo',
	export: 'line.help-export',
	help: 'line.help-help',
	quit: 'line.help-quit',
};

export function helpLines(): string[] {
	return [t('line.help-title'), ...commandWords.map(word => t(helpKeys[word]))];
}
