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
	// share/errors.ts, schema.ts, record-share.ts: the reasons the dashboard's header shows too (notice.), and the command line's
	'notice.share.cannot-use': {message: 'cannot use the shared journal at {url}: {reason}', note: 'The shared journal (PostgreSQL) cannot be used. {url}: postgres://ana:***@host/db (password hidden); {reason}: one of notice.share.*.'},
	'notice.share.certificate': {message: 'the server\'s TLS certificate was refused (sslmode={sslmode}): {message}', note: 'A share reason. sslmode=… stays as typed; {message}: the system\'s words (English).'},
	'notice.share.refused': {message: 'nobody answers at {where} (connection refused)', note: 'A share reason; {where}: host:port.'},
	'notice.share.host-unknown': {message: 'the host {host} is not known (no network, or a typing mistake?)', note: 'A share reason; {host}: the server\'s name as given.'},
	'notice.share.unreachable': {message: '{where} cannot be reached ({code})', note: 'A share reason; {where}: host:port; {code}: ETIMEDOUT, EHOSTUNREACH.'},
	'notice.share.cut': {message: 'the connection to {where} was cut', note: 'A share reason; {where}: host:port.'},
	'notice.share.closed': {message: 'the connection to {where} was closed', note: 'A share reason; {where}: host:port.'},
	'notice.share.timeout': {message: 'no answer from {where} in time', note: 'A share reason; {where}: host:port.'},
	'notice.share.no-schema': {message: 'there is no shared journal in this database yet: run council share init URL', note: 'A share reason; the command stays as typed.'},
	'notice.share.read-only-role': {message: '{message} (this database role can read the shared journal, not write to it)', note: 'A share reason; {message}: the server\'s words (English).'},
	'notice.share.read-only': {message: 'this database role can read the shared journal, not write to it (a viewer\'s role?)', note: 'A share reason: council record with a viewer\'s database role.'},
	'notice.share.no-tls': {message: 'the server does not offer TLS, which sslmode={sslmode} asks for', note: 'A share reason; sslmode=… stays as typed.'},
	'notice.share.no-password': {message: 'the server asks for a password and none was given (in the URL, PGPASSWORD or ~/.pgpass)', note: 'A share reason; PGPASSWORD and ~/.pgpass stay as typed.'},
	'notice.share.schema-newer': {message: 'the shared journal\'s schema is version {version}, newer than this council knows ({known}): update council', note: 'A share reason; {version}, {known}: numbers.'},
	'notice.share.schema-older': {message: 'the shared journal\'s schema is version {version}: run council share init URL to bring it to {known}', note: 'A share reason; the command stays as typed.'},
	'notice.share.other-session': {message: 'the shared journal belongs to session "{log}", not to session "{session}" of this journal: use that session\'s dataset, or another database for this session', note: 'A share reason; {log}, {session}: session ids.'},
	'cli.share.viewer-name': {message: 'a viewer role name is lower-case letters, digits and _ (at most 63), starting with a letter or _', note: 'Refusal of council share init --viewer-role.'},
	'cli.share.viewer-password': {message: 'the viewer password must have at least 8 characters', note: 'Refusal of council share init.'},
	'cli.share.record-not-shared': {message: 'not shared ({reason}): it will be shared by council share push --share {url} or a dashboard with --share on this journal', note: 'council record --share, under what it recorded: the entry is in the journal, not yet on the server. {reason}: a share reason or cli.share.record-offline; the commands stay as typed.'},
	'cli.share.record-offline': {message: 'offline', note: 'The {reason} of cli.share.record-not-shared when none is known.'},
	'cli.share.record-shared-to': {message: 'shared to {url}', note: 'council record --share: the entry is on the server too.'},
	// share/log.ts
	'cli.share.log-empty': {message: 'Shared journal {url}: no entries yet', note: 'council log --share, first line, when the shared journal holds no entry.'},
	'cli.share.log-heading': {message: {one: 'Shared journal {url}: {count} entry from {machines}', other: 'Shared journal {url}: {count} entries from {machines}'}, note: 'council log --share, first line. {machines}: cli.share.machines.'},
	'cli.share.machines': {message: {one: '{count} machine', other: '{count} machines'}, note: 'Inside cli.share.log-heading: how many machines wrote the entries.'},
	'cli.share.on-machine': {message: 'on {machine}', note: 'council log --share: after an entry, the machine that wrote it.'},
	// share/config.ts
	'cli.share.not-url': {message: 'not a PostgreSQL URL: "{url}" (expected postgres://USER@HOST:PORT/DATABASE)', note: 'After --share: (or a command); {url}: as given, password hidden.'},
	'cli.share.not-valid-url': {message: 'not a valid PostgreSQL URL: "{url}"', note: 'After --share:.'},
	'cli.share.unknown-sslmode': {message: 'unknown sslmode "{value}" (use one of: {modes})', note: 'After --share:; sslmode and its values stay as typed.'},
	'cli.share.unknown-parameter': {message: 'unknown parameter "{name}" in "{url}"', note: 'After --share:; a URL parameter (?name=…).'},
	'cli.share.not-port': {message: 'not a port number in "{url}"', note: 'After --share:.'},
} as const satisfies Record<string, SourceEntry>;
