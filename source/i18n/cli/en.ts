import type {SourceEntry} from '../catalogue-types.js';

/*
The command line's own words, in English with a note for translators: each
subcommand's help under its synopsis (`cli.usage.`), and the messages the
subcommands print (`cli.<command>.`). The synopsis lines themselves (command
words, option names, placeholders) are the interface and stay in
commands/registry.ts, untranslated. en.ts spreads this table in one line.
*/

export const enCli = {
	'cli.usage.validate': {
		message: `Without FILE, checks the --data file or the bundled dataset. Exit 0 when every file is valid, 1 otherwise.`,
		note: 'council validate --help, under its synopsis (the command lines, not translated). Option names, command words, placeholders in capitals (FILE, ITEM) and words typed on the command line stay as they are; explanations are translated. Keep lines within 78 columns (80 with the indent), option explanations aligned.',
	},
	'cli.usage.lookup': {
		message: `  REF     e.g. 71, "Res 71", "Resolution 71 (Rev. Bucharest, 2022)", PP-22/157, "Art. 1", an agenda item number, a document symbol or an id;
          a number the Council gave ("Decision 650 (C25)") is looked for among the journal's decisions first
  --json  print the stable JSON shape described in the README
  --journal PATH  the journal with numbered decisions (default: the session's file, when there is one)

Exit 0 when REF names one thing, 1 when it names nothing (nearest names are suggested) or several.`,
		note: 'council lookup --help, under its synopsis (the command lines, not translated). Option names, command words, placeholders in capitals (FILE, ITEM) and words typed on the command line stay as they are; explanations are translated. Keep lines within 78 columns (80 with the indent), option explanations aligned.',
	},
	'cli.usage.record': {
		message: `ITEM is an agenda item's id or number ("PL 1.07"); DELEGATION an id or part of a
name in any language. OUTCOME: approved, adopted, noted, endorsed, deferred,
rejected, referred, other, confirmed, agreed, decided, instructed, each
optionally with what it applies to ("approved: the draft Decision in Annex A");
--outcome may be repeated. NUMBER: the Council's, "Decision 650 (C25)". A
decision on a decided target amends it (both stay in the journal). A vote's
result follows the majority of those present and voting (abstentions are not
votes cast; a tie is not adopted); a roll call lists Member States in the order
called (observers do not vote). STATUS: pending, under-consideration, decided,
deferred. STANCE: supports, opposes, reservation, more-information, neutral.
undo without ENTRY reverses the latest decision, vote, status or position in effect.
delegation adds a delegation the dataset lacks (the Holy See, an observer
organization) to the journal, for every screen; KIND: observer (default),
member-state, sector-member, secretariat, other.

  --journal PATH   the journal (default: the session's file in the data folder)
  --data FILE      the dataset (default: the bundled one)
  --author NAME    who records (default: the preference, else the user name)
  --role ROLE      chair, secretary or viewer (default: the preference); a viewer cannot record
  --share URL      also share the entry on PostgreSQL (see council share --help)

Prints what it recorded once the entry is on disk. Exit 1 on an unknown item,
delegation or outcome, or for a viewer; 2 on a mistake in the command line.`,
		note: 'council record --help, under its synopsis (the command lines, not translated). Option names, command words, placeholders in capitals (FILE, ITEM) and words typed on the command line stay as they are; explanations are translated. Keep lines within 78 columns (80 with the indent), option explanations aligned.',
	},
	'cli.usage.log': {
		message: `Lists every entry of the session's journal, oldest first (when, who, what, and
the id for council record undo ENTRY); lines that were skipped are reported on
standard error with their line numbers.
  --journal PATH   the journal (default: the session's file in the data folder)
  --json           {"journal": PATH, "entries": [...], "problems": [{"line", "kind", "message"}], "undone": [ids], "ignored": [{"entryId", "reason"}]}
  --share URL      the shared journal instead, in the server's order, with the machine
                   that wrote each entry (JSON: "share", entries as {"seq", "machine", "entry"})`,
		note: 'council log --help, under its synopsis (the command lines, not translated). Option names, command words, placeholders in capitals (FILE, ITEM) and words typed on the command line stay as they are; explanations are translated. Keep lines within 78 columns (80 with the indent), option explanations aligned.',
	},
	'cli.usage.export': {
		message: `The summary record, marked as a draft: a heading (body, session, meeting, date,
local times, chair), a table of subjects and documents, then each item in the
order it was taken up, in numbered paragraphs (introduction, statements,
positions and reservations, the decision with its number and vote); the journal
entries behind it in an appendix.
  --format md     Markdown, safe for any renderer (default)
  --format text   plain text for a printout, 80 columns
  --format json   the documented JSON shape (README, "The summary record")
  --format docx   a Word document (needs --output): real headings, numbered paragraphs, tables
  --meeting N     only meeting N (a new meeting starts on a new day or after an hour without entries)
  --item NUMBER   only this agenda item (number or id)
  --time-zone Z   the zone the times are given in (default: this machine's, e.g. Europe/Zurich)
  --journal PATH  the journal (default: the session's file in the data folder)
  --share URL     the shared journal on PostgreSQL instead, in the server's order,
                  so every machine drafts the same record (see council share --help)
  --output FILE   write to FILE (atomically) instead of standard output; an existing
                  file is refused unless --force, the journal or dataset in use always
  DATASET         the dataset file (or --data FILE; default: the bundled one)`,
		note: 'council export --help, under its synopsis (the command lines, not translated). Option names, command words, placeholders in capitals (FILE, ITEM) and words typed on the command line stay as they are; explanations are translated. Keep lines within 78 columns (80 with the indent), option explanations aligned.',
	},
	'cli.usage.matrix': {
		message: `Delegations down, agenda items and their proposals across; each cell the
stance in effect (+ supports, - opposes, ! reservation, ? more information,
= neutral, s spoke without a stance, . nothing), and under each column the
number of reservations and objections ("ok" when there is none).
  --format text   the whole matrix with its legend (default)
  --format csv    one row per delegation, stance words; formula-like cells defused
  --format json   {"format": "council-matrix", "version": 1, "columns", "rows"}
  --journal PATH  the journal (default: the session's file in the data folder)`,
		note: 'council matrix --help, under its synopsis (the command lines, not translated). Option names, command words, placeholders in capitals (FILE, ITEM) and words typed on the command line stay as they are; explanations are translated. Keep lines within 78 columns (80 with the indent), option explanations aligned.',
	},
	'cli.usage.import': {
		message: `Reads contributions (.docx, or the plain-text export of one) and maps them to
dataset entries: the document, its references (resolutions, articles, reports,
documents), background sections, proposals, principles and footnotes.
  --into DATASET  merge into DATASET (existing resolutions, articles, reports and
                  delegations are reused; a document already there is reported)
                  and write it atomically, keeping DATASET.bak
  --dry-run       list what would be added or reused; write nothing
Without --into, prints a new complete dataset (JSON) on standard output.
Warnings (text kept unclassified, unknown names) go to standard error.
Exit 1 when an input cannot be read or the result would be invalid, 2 on a
mistake in the command line.`,
		note: 'council import --help, under its synopsis (the command lines, not translated). Option names, command words, placeholders in capitals (FILE, ITEM) and words typed on the command line stay as they are; explanations are translated. Keep lines within 78 columns (80 with the indent), option explanations aligned.',
	},
	'cli.usage.floor': {
		message: `Acts on the current agenda item's list of speakers (or --item ITEM). DELEGATION
is an id or part of a name in any language. next gives the floor to the head of
the list; end ends whoever has it. A statement is one line for the summary
record; --stance (supports, opposes, reservation, more-information, neutral)
also records it as the delegation's position on the item. plan sets the
item's planned duration (over the time-management plan's).

  --item ITEM      the agenda item (default: the current one)
  --journal PATH   the journal (default: the session's file in the data folder)
  --data FILE      the dataset (default: the bundled one)
  --author NAME    who records (default: the preference, else the user name)
  --role ROLE      chair, secretary or viewer; a viewer cannot record
  --json           list: the JSON shape described in the README

Prints what it recorded once the entry is on disk. Exit 1 when the rules refuse
it (a closed list, an observer who already spoke, nobody on the list) or a name
is unknown, nothing written; 2 on a mistake in the command line.`,
		note: 'council floor --help, under its synopsis (the command lines, not translated). Option names, command words, placeholders in capitals (FILE, ITEM) and words typed on the command line stay as they are; explanations are translated. Keep lines within 78 columns (80 with the indent), option explanations aligned.',
	},
	'cli.usage.share': {
		message: `  init    create the shared journal's tables in the database (again: no change),
          and optionally a role that can read them and not write them
  push    send the entries of the local journal the server does not hold
  pull    append the entries others shared to the local journal
  status  how many entries the server holds, and how many here are not shared

  --share URL      postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=require]
                   (default: COUNCIL_SHARE); PGHOST, PGPORT, PGUSER, PGPASSWORD,
                   PGDATABASE, PGSSLMODE and ~/.pgpass fill what it leaves out
  --journal PATH   the local journal (default: the session's file in the data folder)
  --data FILE      the dataset, whose session the shared journal is bound to
                   (default: the journal's own, else the bundled one)
  --viewer-password PASSWORD  (or COUNCIL_VIEWER_PASSWORD, kept out of the process list)

Entries carry the machine's name (COUNCIL_MACHINE, else the host name). Passwords
are never printed. Exit 1 when the server cannot be used, 2 on a mistake in the
command line.`,
		note: 'council share --help, under its synopsis (the command lines, not translated). Option names, command words, placeholders in capitals (FILE, ITEM) and words typed on the command line stay as they are; explanations are translated. Keep lines within 78 columns (80 with the indent), option explanations aligned.',
	},
	'cli.usage.new': {
		message: `Writes a valid dataset with a new session id (so its own journal), the 194 ITU
Member States as delegations (names in the six languages) and no agenda items.
  --body BODY        the body meeting (default: ITU Council)
  --dates START/END  first and last day, e.g. 2025-06-17/2025-06-27 (or one day)
  --force            replace an existing FILE (the old one is kept as FILE.bak)
  --dry-run          show what would be written; write nothing
Exit 1 when FILE exists (without --force) or the dates are not real days; 2 on a
mistake in the command line.`,
		note: 'council new --help, under its synopsis (the command lines, not translated). Option names, command words, placeholders in capitals (FILE, ITEM) and words typed on the command line stay as they are; explanations are translated. Keep lines within 78 columns (80 with the indent), option explanations aligned.',
	},
	'cli.usage.agenda': {
		message: `NUMBER is an item code as written ("PL 1.3"; "PL 1.03" is the same code) or an
item id. KIND: approve, adopt, consider (default), take-note, decide, elect,
other. --document names a document already in the dataset by symbol (C25/28) or
id. remove is refused while the session's journal has entries on the item
(--force removes it anyway). sort puts items in natural order (PL 1.2 before
PL 1.10), tracks in the order they first appear.
  --dry-run   show the change; write nothing
Each prints the change, then writes FILE atomically (the previous version is
FILE.bak). Exit 1, nothing written, on an unknown item or document, a number
already used, or a result that would not validate; 2 on a mistake in the
command line.`,
		note: 'council agenda --help, under its synopsis (the command lines, not translated). Option names, command words, placeholders in capitals (FILE, ITEM) and words typed on the command line stay as they are; explanations are translated. Keep lines within 78 columns (80 with the indent), option explanations aligned.',
	},
	'cli.usage.session': {
		message: `Changes the session frame, prints the change and writes FILE atomically (the
previous version is FILE.bak). A frame set this way is no longer marked
illustrative. Exit 1, nothing written, for dates that are not real days or end
before they start; 2 on a mistake in the command line.`,
		note: 'council session --help, under its synopsis (the command lines, not translated). Option names, command words, placeholders in capitals (FILE, ITEM) and words typed on the command line stay as they are; explanations are translated. Keep lines within 78 columns (80 with the indent), option explanations aligned.',
	},
	'cli.common.list-and': {message: '{list} and {last}', note: 'Joins the last of several things to the others ("--outcome OUTCOME and --text TEXT"); {list} is the others, already joined by commas.'},
	'cli.common.unknown-role': {message: 'Unknown role "{role}". Use one of: {roles}.', note: 'council record/floor --role with a role that does not exist; the roles (chair, secretary, viewer) are typed as they are.'},
	'cli.common.viewer-cannot-record': {message: 'a viewer cannot record. Use --role chair or --role secretary (or change the role preference).', note: 'council record/floor with the viewer role (exit 1), after "council record: ". The options and role words stay as typed.'},
	'cli.common.empty-share': {message: '--share needs a URL (postgres://USER@HOST/DATABASE), not an empty one', note: 'Usage error: --share given an empty value. Keep the URL pattern as it is.'},
	'cli.common.not-recorded': {message: 'not recorded: {reason}', note: 'After "council record: ": the entry was not written; {reason} says why (in the language of the part that refused).'},
	'cli.common.could-not-write': {message: 'not recorded: could not write {path}: {error}', note: 'After "council record: ": writing the journal failed; {path}: the journal; {error}: the system\'s message.'},
	'cli.common.recorded': {message: 'Recorded {what}\n  by {name} ({role}) at {time}, entry {id}\n  in {path}', note: 'council record/floor, on standard output once the entry is on disk: three lines, the second and third indented by two spaces. {what}: the entry described; {role}: chair or secretary as typed; {time}: ISO time; {id}: the entry id.'},
	'cli.record.entry-ambiguous': {message: {one: '"{query}" matches {count} entry; give more of the id (see council log).', other: '"{query}" matches {count} entries; give more of the id (see council log).'}, note: 'council record undo ENTRY: the part of an id given matches several journal entries (exit 1).'},
	'cli.record.no-entry': {message: 'No entry "{query}" in the journal (see council log for the ids).', note: 'council record undo ENTRY: no entry has that id (exit 1).'},
	'cli.record.nothing-to-undo': {message: 'Nothing to undo in {path}.', note: 'council record undo: the journal has nothing in effect to undo (exit 1).'},
	'cli.record.undo-not-applicable': {message: 'Entry {id} does not apply to this dataset, so there is nothing to undo.', note: 'council record undo ENTRY: the entry names things this dataset lacks.'},
	'cli.record.already-undone': {message: 'Entry {id} is already undone; to bring it back, undo the undo that reversed it (see council log).', note: 'council record undo ENTRY: the entry was undone already.'},
	'cli.record.missing': {message: {one: 'missing {things}', other: 'missing {things}'}, note: 'Usage error after "record KIND: ": the arguments or options missing, {count} of them ({things}: "ITEM" or "--delegation DELEGATION and --stance STANCE", as typed).'},
	'cli.record.does-not-apply': {message: '{option} does not apply to record {kind}', note: 'Usage error: an option another kind of entry takes ({option}: "--stance"; {kind}: decision, vote, ...).'},
	'cli.record.note-too-long': {message: {one: 'The note is {count} character long; at most {max} fit in the journal.', other: 'The note is {count} characters long; at most {max} fit in the journal.'}, note: 'council record position --note: the note is too long (exit 1). {count}: its length; {max}: the most allowed.'},
	'cli.record.unknown-delegation-kind': {message: 'Unknown delegation kind "{kind}". Use one of: {kinds}.', note: 'council record delegation --kind with a kind that does not exist; the kinds are typed as they are.'},
	'cli.record.say-what': {message: 'say what to record: {kinds}', note: 'Usage error: council record without a kind; {kinds}: decision, status, ... as typed.'},
	'cli.record.unknown-kind': {message: 'unknown kind "{kind}": {kinds}', note: 'Usage error: council record with a kind that does not exist; {kinds}: the ones that do, as typed.'},
	'cli.record.undo-one-entry': {message: 'undo takes at most one entry id', note: 'Usage error: council record undo with several ids.'},
	'cli.record.missing-or-extra': {message: 'missing or extra arguments', note: 'Usage error after "record KIND: ".'},
	'cli.common.say-what-to-do': {message: 'say what to do: {actions}', note: 'Usage error: a subcommand (floor, share, agenda) without its action; {actions}: the action words, as typed.'},
	'cli.common.unknown-action': {message: 'unknown action "{action}": {actions}', note: 'Usage error: an action word that does not exist; {actions}: the ones that do, as typed.'},
	'cli.common.journal-warning': {message: 'warning: {path}: {message}', note: 'After "council floor: ": a line of the journal was skipped; {message} says why.'},
	'cli.common.cannot-read': {message: 'cannot read {path}: {error}', note: 'A file could not be read; {error}: the system\'s message.'},
	'cli.floor.journal-is-directory': {message: '{path} is not a journal file (a directory)', note: 'council floor: --journal names a directory (exit 1).'},
	'cli.floor.journal-not-regular': {message: '{path} is not a journal file (not a regular file)', note: 'council floor: --journal names a FIFO or a device (exit 1).'},
	'cli.floor.no-current-item': {message: 'no agenda item is current: name one with --item ITEM (or council record current ITEM)', note: 'council floor without --item while no item is current (exit 1); the options and commands stay as typed.'},
	'cli.floor.by-not-number': {message: '--by takes a whole number of places, not "{value}" (negative is up)', note: 'council floor move --by with a value that is not a whole number (exit 1).'},
	'cli.floor.list-empty': {message: 'the list of speakers is empty', note: 'council floor next with nobody on the list (exit 1).'},
	'cli.floor.nobody-has-floor': {message: 'nobody has the floor', note: 'council floor end while nobody speaks (exit 1).'},
	'cli.floor.plan-not-minutes': {message: 'a planned duration is a number of minutes (up to 1440), not "{value}"', note: 'council floor plan MINUTES with a value that is not a duration (exit 1).'},
	'cli.floor.move-one-of': {message: 'move takes one of --up, --down or --by N', note: 'Usage error: council floor move with several directions.'},
	'cli.floor.statement-empty': {message: 'a statement needs some text', note: 'council floor statement with empty text (exit 1).'},
	'cli.floor.statement-too-long': {message: {one: 'the statement is {count} character long; at most {max} fit in one', other: 'the statement is {count} characters long; at most {max} fit in one'}, note: 'council floor statement: the text is too long (exit 1). {count}: its length; {max}: the most allowed.'},
	'cli.floor.arity-none': {message: 'takes no argument', note: 'Usage error after "floor next: " (next, end, close, open, list).'},
	'cli.floor.arity-minutes': {message: 'takes MINUTES', note: 'Usage error after "floor plan: "; MINUTES stays as typed.'},
	'cli.floor.arity-delegation': {message: 'takes one DELEGATION', note: 'Usage error after "floor request: " (request, withdraw, give, move); DELEGATION stays as typed.'},
	'cli.floor.arity-statement': {message: 'takes DELEGATION TEXT (quote the text)', note: 'Usage error after "floor statement: "; DELEGATION and TEXT stay as typed.'},
	'cli.floor.request-both': {message: 'a request is a point of order or a right of reply, not both', note: 'Usage error: council floor request with both --point-of-order and --reply.'},
	'cli.floor.request-only': {message: '--point-of-order and --reply go with floor request, not floor {action}', note: 'Usage error; {action}: the floor action given (give, move, ...).'},
	'cli.floor.rejected': {message: '{reason}; nothing recorded', note: 'council floor: the rules of procedure refuse the action (exit 1); {reason} says which rule.'},
	'cli.common.dataset-to-change': {message: 'name the dataset to change: --data FILE (the bundled dataset is not changed)', note: 'Usage error: council agenda/session without --data FILE.'},
	'cli.agenda.unknown-command': {message: 'unknown agenda command "{command}": {actions}', note: 'Usage error: council agenda with an action that does not exist; {actions}: add, move, remove, sort, as typed.'},
	'cli.agenda.takes-nothing': {message: 'agenda {verb} takes no arguments', note: 'Usage error: arguments after council agenda sort.'},
	'cli.agenda.takes': {message: 'agenda {verb} takes {arguments}', note: 'Usage error: council agenda add/move/remove with the wrong number of arguments; {arguments}: NUMBER or NUMBER TITLE, as typed.'},
	'cli.agenda.move-one-of': {message: 'agenda move takes one of --before NUMBER or --after NUMBER', note: 'Usage error: council agenda move with neither or both of --before and --after.'},
	'cli.agenda.journal-unreadable': {message: 'the journal {path} cannot be read ({code}), so whether it has entries on item {number} is unknown', note: 'council agenda remove: the journal could not be read (exit 1, nothing written); {code}: the system\'s error code (EACCES, ...); {number}: the item\'s number.'},
	'cli.common.nothing-written': {message: 'nothing written', note: 'After "council new: " (or session set): the line that ends a refusal; the file is unchanged.'},
	'cli.new.name-file': {message: 'name the FILE to create', note: 'Usage error: council new without FILE; FILE stays as typed.'},
	'cli.new.not-data': {message: 'council new takes the FILE to create, not --data', note: 'Usage error: council new with --data.'},
	'cli.new.say-title': {message: 'say the session\'s --title', note: 'Usage error: council new without --title.'},
	'cli.new.exists': {message: '{name} already exists; use --force to replace it (the old one is kept as {name}.bak)', note: 'council new FILE when FILE exists (exit 1).'},
	'cli.new.not-regular': {message: '{name} is not a regular file; it is not replaced', note: 'council new --force FILE when FILE is a FIFO, a device, ... (exit 1).'},
	'cli.new.is-folder': {message: '{name} is not a regular file (a folder); it is not replaced', note: 'council new --force FILE when FILE is a folder (exit 1).'},
	'cli.new.is-journal': {message: '{name} is a journal (its first line is a journal\'s); a dataset is never written over one', note: 'council new --force FILE when FILE is a session journal (exit 1).'},
	'cli.new.member-states': {message: 'the Member States list cannot be read: {message}', note: 'council new: the bundled list of Member States is missing or broken (exit 1).'},
	'cli.new.field-length': {message: 'the {field} must be 1 to 500 characters', note: 'council new: --title, --body or --place empty or too long (exit 1); {field}: title, body or place, as typed (the option\'s name).'},
	'cli.session.synopsis': {message: 'council session set --title/--place/--dates/--body', note: 'Usage error: council session without "set"; the whole line is a command as typed (keep it as it is unless your language needs words around it).'},
	'cli.session.say-what': {message: 'say what to set: --title, --place, --dates or --body', note: 'Usage error: council session set without any of its options.'},
	'cli.common.one-dataset': {message: 'name one dataset, as DATASET or --data FILE', note: 'Usage error: council export/matrix given two datasets.'},
	'cli.common.warning': {message: 'warning: {message}', note: 'On standard error: a problem that does not stop the command (a skipped journal line, ...).'},
	'cli.export.output-is-journal': {message: '--output {output} is the journal in use: not overwritten (choose another file)', note: 'council export: --output names the journal the minutes are made from (exit 1).'},
	'cli.export.output-is-dataset': {message: '--output {output} is the dataset in use: not overwritten (choose another file)', note: 'council export: --output names the dataset the minutes are made from (exit 1).'},
	'cli.common.cannot-write': {message: 'cannot write {path}: {error}', note: 'A file could not be written; {error}: why (the system\'s message).'},
	'cli.export.cannot-write-exists': {message: 'cannot write {path}: {error} (--force replaces it)', note: 'council export --output FILE when FILE exists (exit 1); {error}: "already exists: not replaced".'},
	'cli.export.journal-or-share': {message: 'give --journal PATH or --share URL, not both', note: 'council export: both were given (a usage error, exit 2).'},
	'cli.export.written': {message: 'Minutes written to {path}', note: 'council export --output FILE, on standard output once the file is written.'},
	'cli.log.heading': {message: {zero: 'Journal {path}: no entries yet', one: 'Journal {path}: {count} entry', other: 'Journal {path}: {count} entries'}, note: 'council log, first line: the journal and how many entries it holds.'},
	'cli.log.undone': {message: '(undone)', note: 'council log: after an entry that was undone, two spaces before it.'},
	'cli.log.ignored': {message: '(ignored: {reason})', note: 'council log: after an entry the dataset cannot apply; {reason} says why.'},
	'cli.matrix.unknown-format': {message: 'unknown format "{format}" (text, csv or json)', note: 'Usage error: council matrix --format with a format that does not exist; the formats stay as typed.'},
	'cli.validate.ok': {message: 'ok: {name} ({counts})', note: 'council validate, a file that loads; {counts}: "1 agenda item, 2 documents, ...". Scripts may read the first word: keep it short.'},
	'cli.validate.ok-warnings': {message: 'ok: {name} ({counts}, {warnings})', note: 'council validate, a file that loads with warnings; {warnings}: "2 warnings".'},
	'cli.validate.invalid': {message: {one: 'invalid: {name} ({count} problem)', other: 'invalid: {name} ({count} problems)'}, note: 'council validate, a file that does not load (exit 1), after its problems.'},
	'cli.validate.warnings': {message: {one: '{count} warning', other: '{count} warnings'}, note: 'council validate: how many warnings a valid file has.'},
	'cli.validate.agenda-items': {message: {one: '{count} agenda item', other: '{count} agenda items'}, note: 'council validate: a count in "ok: FILE (...)".'},
	'cli.validate.documents': {message: {one: '{count} document', other: '{count} documents'}, note: 'council validate: a count in "ok: FILE (...)".'},
	'cli.validate.resolutions': {message: {one: '{count} resolution', other: '{count} resolutions'}, note: 'council validate: a count in "ok: FILE (...)".'},
	'cli.validate.proposals': {message: {one: '{count} proposal', other: '{count} proposals'}, note: 'council validate: a count in "ok: FILE (...)".'},
	'cli.validate.delegations': {message: {one: '{count} delegation', other: '{count} delegations'}, note: 'council validate: a count in "ok: FILE (...)".'},
	'cli.validate.positions': {message: {one: '{count} position', other: '{count} positions'}, note: 'council validate: a count in "ok: FILE (...)".'},
	'cli.import.action.add': {message: 'add', note: 'council import --dry-run: the word in the first column of a change, at most 6 columns if you can. Something new is added.'},
	'cli.import.action.reuse': {message: 'reuse', note: 'council import --dry-run: the word in the first column of a change, at most 6 columns if you can. Something already in the dataset is used.'},
	'cli.import.action.skip': {message: 'skip', note: 'council import --dry-run: the word in the first column of a change, at most 6 columns if you can. Something is left out.'},
	'cli.import.action.replace': {message: 'replace', note: 'council import --dry-run: the word in the first column of a change, at most 6 columns if you can. A new version replaces an earlier one.'},
	'cli.import.kind.agenda-item': {message: 'agenda item', note: 'council import --dry-run (and the change list): the word in the kind column, about 12 columns.'},
	'cli.import.kind.delegation': {message: 'delegation', note: 'council import --dry-run (and the change list): the word in the kind column, about 12 columns.'},
	'cli.import.kind.document': {message: 'document', note: 'council import --dry-run (and the change list): the word in the kind column, about 12 columns.'},
	'cli.import.kind.instrument': {message: 'instrument', note: 'council import --dry-run (and the change list): the word in the kind column, about 12 columns. A basic instrument (Constitution, Convention) article.'},
	'cli.import.kind.language-version': {message: 'language version', note: 'council import --dry-run (and the change list): the word in the kind column, about 12 columns. The same document in another language.'},
	'cli.import.kind.principle': {message: 'principle', note: 'council import --dry-run (and the change list): the word in the kind column, about 12 columns.'},
	'cli.import.kind.proposal': {message: 'proposal', note: 'council import --dry-run (and the change list): the word in the kind column, about 12 columns.'},
	'cli.import.kind.report': {message: 'report', note: 'council import --dry-run (and the change list): the word in the kind column, about 12 columns.'},
	'cli.import.kind.resolution': {message: 'resolution', note: 'council import --dry-run (and the change list): the word in the kind column, about 12 columns.'},
	'cli.import.kind.session': {message: 'session', note: 'council import --dry-run (and the change list): the word in the kind column, about 12 columns.'},
	'cli.import.will-create': {message: '{name} does not exist yet: it will be created', note: 'After "council import: ", on standard error: --into names a file that does not exist.'},
	'cli.import.not-valid-dataset': {message: '{name} is not a valid dataset: nothing imported', note: 'After "council import: ": --into names a broken dataset (exit 1), after its problems.'},
	'cli.import.name-file': {message: 'name at least one FILE to import', note: 'Usage error: council import without FILE; FILE stays as typed.'},
	'cli.import.warning': {message: '{name}: warning: {message}', note: 'council import, on standard error: a warning about an input file.'},
	'cli.import.warning-repeated': {message: '{name}: warning (×{times}): {message}', note: 'council import, on standard error: the same warning {times} times (the number written out).'},
	'cli.import.no-document': {message: 'no document found', note: 'After "council import: FILE: ": nothing in the file was recognized as a contribution.'},
	'cli.import.nothing-imported': {message: 'nothing was imported', note: 'After "council import: ": an input could not be used (exit 1).'},
	'cli.import.invalid-result': {message: 'invalid result: {problem}', note: 'After "council import: ": one problem of the merged dataset.'},
	'cli.import.result-invalid': {message: 'the result would not be a valid dataset: nothing written', note: 'After "council import: ", after the problems (exit 1).'},
	'cli.import.dry-run': {message: '(dry run: nothing written)', note: 'council import --dry-run, last line.'},
	'cli.import.unchanged': {message: 'unchanged: {name} already holds this (nothing written)', note: 'council import --into: the dataset already holds everything imported.'},
	'cli.import.not-written': {message: '{name}: could not be written ({why}): the dataset is unchanged', note: 'After "council import: " (exit 1); {why}: the reason.'},
	'cli.import.wrote': {message: 'wrote {file}', note: 'council import --into, last line: the dataset was written.'},
	'cli.import.wrote-backup': {message: 'wrote {file} (previous version: {backup})', note: 'council import --into, last line: the dataset was written, the earlier one kept as {backup}.'},
	'cli.share.entries': {message: {one: '{count} entry', other: '{count} entries'}, note: 'council share status/push/pull: a number of journal entries, inside a longer line.'},
	'cli.share.viewer-together': {message: '--viewer-role and --viewer-password go together (or COUNCIL_VIEWER_PASSWORD for the password)', note: 'Usage error: council share init with only one of the two options.'},
	'cli.share.ready-current': {message: 'Shared journal ready at {url}: schema version {version} (already up to date)', note: 'council share init, when the tables were there already; {url}: the URL, its password masked.'},
	'cli.share.ready-created': {message: 'Shared journal ready at {url}: schema version {version} (created)', note: 'council share init, when it created the tables.'},
	'cli.share.ready-migrated': {message: 'Shared journal ready at {url}: schema version {version} (from version {from})', note: 'council share init, when it brought older tables up to date.'},
	'cli.share.viewer-created': {message: 'Viewer role "{role}" created: it can read the shared journal, not write it', note: 'council share init --viewer-role NAME: the database role was created.'},
	'cli.share.viewer-updated': {message: 'Viewer role "{role}" updated: it can read the shared journal, not write it', note: 'council share init --viewer-role NAME: the database role existed and was updated.'},
	'cli.share.local-last-known': {message: 'Local journal {path}: {entries}, {status} (as last known)', note: 'council share status when the server cannot be reached; {entries}: cli.share.entries; {status}: what is shared.'},
	'cli.share.shared-status': {message: {one: 'Shared journal {url}: {entries} from {count} machine, schema version {version}', other: 'Shared journal {url}: {entries} from {count} machines, schema version {version}'}, note: 'council share status, first line; {count}: how many machines shared entries.'},
	'cli.share.local-status': {message: 'Local journal {path}: {entries}, {shared}{others}', note: 'council share status, second line; {shared}: cli.share.all-shared or cli.share.not-shared; {others}: empty or cli.share.others-not-here.'},
	'cli.share.all-shared': {message: 'every one shared', note: 'council share status: every local entry is on the server.'},
	'cli.share.not-shared': {message: {one: '{count} entry not shared (council share push)', other: '{count} entries not shared (council share push)'}, note: 'council share status: local entries not on the server yet; the command in brackets stays as typed.'},
	'cli.share.others-not-here': {message: {one: '; {count} entry of others not here yet (council share pull)', other: '; {count} entries of others not here yet (council share pull)'}, note: 'council share status: entries others shared that this journal lacks; starts with "; ".'},
	'cli.share.pushed': {message: 'Pushed {entries} from {path} to {url}; the shared journal holds {total}', note: 'council share push, on standard output; {entries} and {total}: cli.share.entries.'},
	'cli.share.pulled': {message: 'Pulled {entries} from {url} into {path}; the shared journal holds {total}', note: 'council share pull, on standard output; {entries} and {total}: cli.share.entries.'},
	'cli.share.url-once': {message: 'give the URL once: as the argument or as --share', note: 'Usage error: council share init URL --share URL.'},
	'cli.share.needs-url': {message: 'share {action} needs the shared journal\'s URL: --share postgres://USER@HOST/DATABASE (or COUNCIL_SHARE)', note: 'Usage error: council share ACTION without a URL; keep the URL pattern and the variable name.'},
	'cli.start.author-preference': {message: ' (the authorName preference in {path})', note: 'After an author name refused at start, when it came from the settings file; starts with a space; authorName stays as typed.'},
	'cli.start.journal-problem': {message: 'the journal {path} {problem}.', note: 'After "council: " at start: the journal file cannot be used; {problem} says why ("is a directory", ...).'},
	'cli.error.invalid-option': {message: 'invalid option', note: 'Usage error: an option\'s value was refused (rare; the other messages say more).'},
	'cli.output.cannot-write-stdout': {message: 'cannot write to standard output: {reason}', note: 'After "council: ": writing the output failed (exit 1); {reason}: cli.output.* with the system\'s code.'},
	'cli.output.failed': {message: 'it failed', note: 'Why a write failed, when the system says nothing more.'},
	'cli.output.ENOSPC': {message: 'no space left on the device', note: 'Why a write failed (ENOSPC); the code follows in brackets.'},
	'cli.output.EDQUOT': {message: 'the disk quota is exhausted', note: 'Why a write failed (EDQUOT).'},
	'cli.output.EIO': {message: 'an input/output error', note: 'Why a write failed (EIO).'},
	'cli.output.EBADF': {message: 'it is closed', note: 'Why a write failed (EBADF): the output is closed.'},
	'cli.output.EFBIG': {message: 'the file is too large', note: 'Why a write failed (EFBIG).'},
	'cli.output.EAGAIN': {message: 'it is not ready (non-blocking)', note: 'Why a write failed (EAGAIN).'},
} as const satisfies Record<string, SourceEntry>;
