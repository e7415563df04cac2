import type {SourceEntry} from './catalogue-types.js';

/*
The message catalogue's source: every interface string, in English, with a note
for translators. Other languages are files keyed the same (fr.ts, es.ts, ...);
test/i18n/catalogue.test.ts fails when one lacks a key it must have or has one
this file does not. `{name}` is a parameter; a message with plural forms is
chosen by its `count` parameter through Intl.PluralRules.

Keys are grouped by where they appear: `common.`, `status.`, `stance.`,
`outcome.`, `action.`, `dash.` (the dashboard), `keys.` (the keymap's words),
`minutes.` (the minutes' headings) must exist in all six languages; `line.`
(line mode), `notice.` and `cli.` in the complete ones (en, fr, es), the
others falling back to English.
*/

export const en = {
	'common.illustrative': {message: '(illustrative)', note: 'Marks data not taken from a source document; after a title, in brackets.'},

	'line.welcome': {message: {one: 'council, line mode: {title}, {count} agenda item.', other: 'council, line mode: {title}, {count} agenda items.'}, note: 'Line mode (council --plain), first line said. {title}: the session title; {count}: how many agenda items.'},
	'line.no-current': {message: 'No item is current yet.', note: 'Line mode, at the start: no agenda item is under discussion.'},
	'line.type-help': {message: 'Type a command and press Enter; help lists the commands.', note: 'Line mode, at the start. "help" is the command word and stays in English.'},
	'line.goodbye': {message: 'council closed.', note: 'Line mode, the last line, on quit or end of input.'},
	'line.current': {message: 'Item {number} is now current: {title}', note: 'Line mode: the agenda item under discussion changed (here or on another screen). {number}: item number; {title}: its title.'},
	'line.selected': {message: 'Item {number}: {title}, {status}', note: 'Line mode: the selection moved to an item. {status}: its status word (pending, decided, ...).'},
	'line.filter-applied': {message: {zero: 'Filter “{filter}”: no item matches', one: 'Filter “{filter}”: {count} item', other: 'Filter “{filter}”: {count} items'}, note: 'Line mode: a filter was applied. {filter}: the text typed; {count}: how many items match.'},
	'line.filter-cleared': {message: 'Filter cleared: every item is shown', note: 'Line mode: the filter was removed.'},
	'line.decision-recorded': {message: 'Decision recorded on {target}: {outcome}', note: 'Line mode: a decision was recorded (here or on another screen). {target}: "item 1" or a proposal; {outcome}: approved, adopted, ...'},
	'line.decision-withdrawn': {message: 'Decision on {target} withdrawn (undone)', note: 'Line mode: a decision was undone.'},
	'line.status-changed': {message: 'Status of {target}: {status}', note: 'Line mode: an item\'s status changed. {target}: "item 1"; {status}: the status word.'},
	'line.position-recorded': {message: 'Position of {delegation} on {target}: {stance}', note: 'Line mode: a delegation\'s position was recorded. {delegation}: its name; {stance}: supports, opposes, reservation, ...; {target}: "item 1" or a proposal.'},
	'line.position-recorded-note': {message: 'Position of {delegation} on {target}: {stance}; {note}', note: 'As line.position-recorded, with the note the secretary typed.'},
	'line.position-withdrawn': {message: 'Position of {delegation} on {target} withdrawn (undone)', note: 'Line mode: a position was undone.'},
	'line.nothing-selected': {message: 'No item is selected (the filter hides every item).', note: 'Line mode, show: there is nothing to read out.'},
	'line.positions-heading': {message: {zero: 'No positions recorded on the item.', one: '{count} position on the item:', other: '{count} positions on the item:'}, note: 'Line mode, show: before the list of delegations\' positions.'},
	'line.position-line': {message: '{delegation}: {stance}', note: 'Line mode, show: one delegation\'s position.'},
	'line.position-line-note': {message: '{delegation}: {stance}; {note}', note: 'Line mode, show: one delegation\'s position with its note.'},
	'line.end-of-item': {message: 'End of item {number}.', note: 'Line mode, show: the last line read out.'},
	'line.unknown-command': {message: 'Unknown command “{word}”; help lists the commands.', note: 'Line mode: the first word typed is no command. {word}: what was typed.'},
	'line.item-usage': {message: 'Say which item: item 1.3', note: 'Line mode: "item" was typed without an item number. The command words stay in English.'},
	'line.lookup-usage': {message: 'Say what to look up: lookup 71', note: 'Line mode: "lookup" without a reference.'},
	'line.decide-usage': {message: 'decide OUTCOME [TEXT], OUTCOME one of: {outcomes}', note: 'Line mode: "decide" without a known outcome. {outcomes}: the outcome words, in English (they are what is typed).'},
	'line.status-usage': {message: 'status STATUS, STATUS one of: {statuses}', note: 'Line mode: "status" without a known status. {statuses}: the words, in English.'},
	'line.position-usage': {message: 'position DELEGATION STANCE [NOTE], STANCE one of: {stances}', note: 'Line mode: "position" without a stance word. {stances}: the words, in English.'},
	'line.help-title': {message: 'Commands (type the word, then Enter):', note: 'Line mode, help: the first line.'},
	'line.help-next': {message: 'next: select the next agenda item', note: 'Line mode, help. Keep the command word before the colon in English.'},
	'line.help-previous': {message: 'previous: select the previous agenda item', note: 'Line mode, help.'},
	'line.help-item': {message: 'item 1.3: select item 1.3', note: 'Line mode, help.'},
	'line.help-current': {message: 'current [1]: make item 1 (or the selected item) the current item', note: 'Line mode, help.'},
	'line.help-show': {message: 'show: read the selected item, top to bottom', note: 'Line mode, help.'},
	'line.help-lookup': {message: 'lookup 71: what a reference names and everything that cites it', note: 'Line mode, help.'},
	'line.help-filter': {message: 'filter TEXT: show only the items mentioning TEXT; filter alone clears it', note: 'Line mode, help.'},
	'line.help-decide': {message: 'decide approved [TEXT]: record a decision on the selected item (the text defaults to the draft)', note: 'Line mode, help.'},
	'line.help-status': {message: 'status deferred: change the selected item\'s status', note: 'Line mode, help.'},
	'line.help-position': {message: 'position France supports [NOTE]: record a delegation\'s position on the selected item', note: 'Line mode, help.'},
	'line.help-undo': {message: 'undo: reverse the last entry still in effect', note: 'Line mode, help.'},
	'line.help-export': {message: 'export: write the minutes to a file in the current folder', note: 'Line mode, help.'},
	'line.help-help': {message: 'help: this list', note: 'Line mode, help.'},
	'line.help-quit': {message: 'quit: leave (so does Ctrl+D)', note: 'Line mode, help.'},

	'notice.no-journal': {message: 'Not recorded: no journal to record in', note: 'Footer and line mode: an entry could not be recorded because no journal is open.'},
	'notice.not-recorded': {message: 'Not recorded: {reason}', note: 'Footer and line mode: writing the journal failed. {reason}: the system\'s message.'},
} as const satisfies Record<string, SourceEntry>;

export type MessageKey = keyof typeof en;
