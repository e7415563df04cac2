import type {SourceEntry} from '../catalogue-types.js';

/*
The rest of the command line's words, from modules outside source/commands:
the preparation commands' changes and refusals (prepare/), the shared
journal's reasons (share/), file refusals (io/), the importer's notes
(import/). `cli.` keys reach only the command line (ar, zh and ru fall back to
English); `notice.` keys are the share reasons, which the dashboard's header
and footer show too. en.ts spreads this table in one line.
*/

const change = 'A change line of a preparation command (council new, agenda, session set), printed under the file\'s name before it is written. The sign at the start (+ added, - removed, ~ changed, = no change, ! warning) stays.';

export const enRest = {
	// prepare/apply.ts
	'cli.prepare.dry-run': {message: 'dry run: nothing written to {name}', note: 'After the change lines of --dry-run. {name}: the dataset file.'},
	'cli.prepare.unchanged': {message: 'unchanged: {name} already holds this', note: 'The dataset file already holds the result: nothing written. {name}: the file.'},
	'cli.prepare.written': {message: 'written {name}', note: 'The dataset file was written. {name}: the file.'},
	'cli.prepare.written-backup': {message: 'written {name} (the previous version is {backup})', note: 'The dataset file was written; the old one kept as {backup} (FILE.bak).'},
	'cli.prepare.could-not-write': {message: 'could not write {name}', note: 'Refusal: the file system refused the write.'},
	'cli.prepare.could-not-write-code': {message: 'could not write {name} ({code})', note: 'Refusal: the file system refused the write; {code}: its code, EACCES, ENOSPC.'},
	'cli.prepare.not-valid': {message: '{name} is not a valid dataset', note: 'Refusal, after the problems found in the dataset file {name}.'},
	'cli.prepare.changed-meanwhile': {message: '{name} changed while this command ran; run it again', note: 'Refusal: another command changed the file between the read and the write.'},
	'cli.prepare.result-invalid': {message: 'the result would not be a valid dataset: {path}: {problem}', note: 'Refusal: the change would break the dataset. {path}: the field (agendaItems.3.title); {problem}: the validator\'s words.'},
	'cli.prepare.folder': {message: 'is a folder, not a dataset file', note: 'After a file name and a colon: the dataset named is a folder.'},
	'cli.prepare.not-regular': {message: 'is not a regular file (a pipe, socket or device), not a dataset file', note: 'After a file name and a colon.'},
	'cli.prepare.a-dataset-file': {message: 'a dataset file', note: 'What a file should have been, in io.folder: "is a folder, not a dataset file".'},
	// prepare/dates.ts
	'cli.prepare.dates-not-range': {message: 'dates {value} are not START/END (e.g. 2025-06-17/2025-06-27)', note: 'Refusal of --dates; {value}: as typed, in quotes; START/END as typed.'},
	'cli.prepare.not-a-day': {message: '{value} is not a day (YYYY-MM-DD, e.g. 2025-06-17)', note: 'Refusal of --dates; {value}: as typed, in quotes.'},
	'cli.prepare.ends-before': {message: 'the session cannot end ({end}) before it starts ({start})', note: 'Refusal of --dates.'},
	// prepare/session-plan.ts and new-dataset.ts
	'cli.prepare.field.title': {message: 'title', note: 'The session\'s title, inside cli.prepare.session-field and cli.prepare.field-length.'},
	'cli.prepare.field.body': {message: 'body', note: 'The body meeting (ITU Council), inside cli.prepare.session-field and cli.prepare.field-length.'},
	'cli.prepare.field.place': {message: 'place', note: 'Where the session meets, inside cli.prepare.session-field and cli.prepare.field-length.'},
	'cli.prepare.field-length': {message: 'the {field} must be 1 to 500 characters', note: 'Refusal; {field}: cli.prepare.field.title, .body or .place.'},
	'cli.prepare.session-field': {message: '~ session {field}: {before} → {after}', note: `${change} {field}: cli.prepare.field.*; {before}, {after}: quoted, or cli.prepare.none.`},
	'cli.prepare.none': {message: '(none)', note: 'In a change line: the field had no value.'},
	'cli.prepare.date-range': {message: '{start} to {end}', note: 'Session dates in a change line (YYYY-MM-DD).'},
	'cli.prepare.session-dates': {message: '~ session dates: {before} → {after}', note: `${change} {before}, {after}: cli.prepare.date-range or cli.prepare.none.`},
	'cli.prepare.no-longer-illustrative': {message: '~ session no longer marked illustrative', note: change},
	'cli.prepare.session-no-change': {message: '= the session already says so: no change', note: change},
	'cli.prepare.new-session': {message: '+ session {id}: {frame}', note: `${change} council new. {id}: the session id; {frame}: the body, "title", place and dates, as given.`},
	'cli.prepare.member-states': {message: '+ {count} Member States as delegations', note: `${change} council new: every Member State becomes a delegation.`},
	// prepare/agenda-plan.ts
	'cli.agenda.no-item': {message: 'no agenda item {query}; the agenda has {known}', note: 'Refusal; {query}: as typed, quoted; {known}: item numbers, "PL 1, PL 2, …", or cli.agenda.no-items-yet.'},
	'cli.agenda.no-items-yet': {message: 'no items yet', note: 'The {known} of cli.agenda.no-item when the agenda is empty.'},
	'cli.agenda.number-length': {message: 'the item number must be 1 to {max} characters', note: 'Refusal of agenda add.'},
	'cli.agenda.title-length': {message: 'the title must be 1 to {max} characters', note: 'Refusal of agenda add.'},
	'cli.agenda.unknown-action': {message: 'unknown action {action}: use one of {kinds}', note: 'Refusal of --action; {kinds}: the words as typed (approve, adopt, …).'},
	'cli.agenda.duplicate': {message: 'the agenda already has item {label} ({id}); {number} is the same number', note: 'Refusal; {label}: the item\'s number and quoted title.'},
	'cli.agenda.no-document': {message: 'no document {symbol} in the dataset: import it first (council import FILE --into DATASET), or add the item without it', note: 'Refusal of --document; the command in brackets stays as typed.'},
	'cli.agenda.added': {message: '+ agenda item {label} ({id}), {kind}{documents}, at position {position} of {count}', note: `${change} {kind}: the action as typed (consider); {documents}: empty or cli.agenda.added-documents.`},
	'cli.agenda.added-documents': {message: ', documents {symbols}', note: 'Inside cli.agenda.added: the documents of the new item (C25/28, C25/30).'},
	'cli.agenda.self-after': {message: 'item {number} cannot be moved after itself', note: 'Refusal of agenda move --after.'},
	'cli.agenda.self-before': {message: 'item {number} cannot be moved before itself', note: 'Refusal of agenda move --before.'},
	'cli.agenda.already-after': {message: '= agenda item {label} is already after {anchor}: no change', note: change},
	'cli.agenda.already-before': {message: '= agenda item {label} is already before {anchor}: no change', note: change},
	'cli.agenda.moved-after': {message: '~ agenda item {label} moved from position {from} to {to}, after {anchor}', note: change},
	'cli.agenda.moved-before': {message: '~ agenda item {label} moved from position {from} to {to}, before {anchor}', note: change},
	'cli.agenda.remove-has-entries': {message: {one: 'item {number} has {count} entry in the journal {path}; it would no longer apply. Use --force to remove it anyway (the journal keeps them)', other: 'item {number} has {count} entries in the journal {path}; they would no longer apply. Use --force to remove it anyway (the journal keeps them)'}, note: 'Refusal of agenda remove; --force stays as typed.'},
	'cli.agenda.removed': {message: '- agenda item {label} ({id}), was at position {position}', note: change},
	'cli.agenda.removed-positions': {message: {one: '- {count} position on it in the dataset', other: '- {count} positions on it in the dataset'}, note: change},
	'cli.agenda.removed-entries': {message: {one: '! {count} journal entry names it and will be ignored (--force)', other: '! {count} journal entries name it and will be ignored (--force)'}, note: change},
	'cli.agenda.in-order': {message: '= the agenda is already in order: no change', note: change},
	'cli.agenda.sorted': {message: '~ agenda sorted: {moved} of {count} items change place', note: change},
} as const satisfies Record<string, SourceEntry>;
