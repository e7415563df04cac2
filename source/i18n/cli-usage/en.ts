import type {SourceEntry} from '../catalogue-types.js';

/*
What council SUBCOMMAND --help says under each synopsis (the command lines stay as typed, in commands/registry.ts). Spread into cli/en.ts with one line.
*/

export const enCliUsage = {
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
} as const satisfies Record<string, SourceEntry>;
