import type {CommandModule} from './io.js';

export type CommandEntry = {
	readonly name: string;
	readonly summary: string;
	readonly usage: string;
	readonly load: () => Promise<CommandModule>;
};

/*
One table of subcommands: argv dispatch and `council --help` both read it.
Each engineer adds one entry for the subcommand they own.
*/
export const commands: readonly CommandEntry[] = [
	{
		name: 'validate',
		summary: 'check dataset files; list every problem as file:line:column  field  message',
		usage: 'council validate [FILE...]\n\nWithout FILE, checks the --data file or the bundled dataset. Exit 0 when every file is valid, 1 otherwise.',
		load: async () => import('./validate.js'),
	},
	{
		name: 'lookup',
		summary: 'what a reference (Res 71, PP-22/157, Art. 1, an item number, a symbol) names and who cites it',
		usage: 'council lookup REF [--json] [--journal PATH]\n\n  REF     e.g. 71, "Res 71", "Resolution 71 (Rev. Bucharest, 2022)", PP-22/157, "Art. 1", an agenda item number, a document symbol or an id;\n          a number the Council gave ("Decision 650 (C25)") is looked for among the journal\'s decisions first\n  --json  print the stable JSON shape described in the README\n  --journal PATH  the journal with numbered decisions (default: the session\'s file, when there is one)\n\nExit 0 when REF names one thing, 1 when it names nothing (nearest names are suggested) or several.',
		load: async () => import('./lookup.js'),
	},
	{
		name: 'record',
		summary: 'record a decision, vote, status, position, current item, undo or new delegation in the session journal',
		usage: 'council record decision ITEM --outcome OUTCOME --text TEXT [--outcome OUTCOME...] [--number NUMBER]\ncouncil record vote ITEM|PROPOSAL --yes N --no N --abstain N [--absent N] [--majority simple|two-thirds]\ncouncil record vote ITEM|PROPOSAL --roll "NAME=yes,NAME=no,NAME=abstain,NAME=absent" [--majority ...]\ncouncil record status ITEM STATUS\ncouncil record position ITEM|PROPOSAL --delegation DELEGATION --stance STANCE [--note NOTE]\ncouncil record current ITEM\ncouncil record undo [ENTRY]\ncouncil record delegation NAME [--kind KIND]\n\nITEM is an agenda item\'s id or number ("PL 1.07"); DELEGATION an id or part of a\nname in any language. OUTCOME: approved, adopted, noted, endorsed, deferred,\nrejected, referred, other, confirmed, agreed, decided, instructed, each\noptionally with what it applies to ("approved: the draft Decision in Annex A");\n--outcome may be repeated. NUMBER: the Council\'s, "Decision 650 (C25)". A\ndecision on a decided target amends it (both stay in the journal). A vote\'s\nresult follows the majority of those present and voting (abstentions are not\nvotes cast; a tie is not adopted); a roll call lists Member States in the order\ncalled (observers do not vote). STATUS: pending, under-consideration, decided,\ndeferred. STANCE: supports, opposes, reservation, more-information, neutral.\nundo without ENTRY reverses the latest decision, vote, status or position in effect.\ndelegation adds a delegation the dataset lacks (the Holy See, an observer\norganization) to the journal, for every screen; KIND: observer (default),\nmember-state, sector-member, secretariat, other.\n\n  --journal PATH   the journal (default: the session\'s file in the data folder)\n  --data FILE      the dataset (default: the bundled one)\n  --author NAME    who records (default: the preference, else the user name)\n  --role ROLE      chair, secretary or viewer (default: the preference); a viewer cannot record\n  --share URL      also share the entry on PostgreSQL (see council share --help)\n\nPrints what it recorded once the entry is on disk. Exit 1 on an unknown item,\ndelegation or outcome, or for a viewer; 2 on a mistake in the command line.',
		load: async () => import('./record.js'),
	},
	{
		name: 'log',
		summary: 'list the session journal\'s entries (who, when, what) and any skipped lines',
		usage: 'council log [--journal PATH] [--json] [--share URL]\n\nLists every entry of the session\'s journal, oldest first (when, who, what, and\nthe id for council record undo ENTRY); lines that were skipped are reported on\nstandard error with their line numbers.\n  --journal PATH   the journal (default: the session\'s file in the data folder)\n  --json           {"journal": PATH, "entries": [...], "problems": [{"line", "kind", "message"}], "undone": [ids], "ignored": [{"entryId", "reason"}]}\n  --share URL      the shared journal instead, in the server\'s order, with the machine\n                   that wrote each entry (JSON: "share", entries as {"seq", "machine", "entry"})',
		load: async () => import('./log.js'),
	},
	{
		name: 'export',
		summary: 'the summary record of a meeting or the session (docx, md, json or text), drafted from the journal',
		usage: 'council export [--format docx|md|json|text] [--meeting N] [--item NUMBER] [--output FILE [--force]] [--time-zone ZONE] [--journal PATH] [DATASET]\n\nThe summary record, marked as a draft: a heading (body, session, meeting, date,\nlocal times, chair), a table of subjects and documents, then each item in the\norder it was taken up, in numbered paragraphs (introduction, statements,\npositions and reservations, the decision with its number and vote); the journal\nentries behind it in an appendix.\n  --format md     Markdown, safe for any renderer (default)\n  --format text   plain text for a printout, 80 columns\n  --format json   the documented JSON shape (README, "The summary record")\n  --format docx   a Word document (needs --output): real headings, numbered paragraphs, tables\n  --meeting N     only meeting N (a new meeting starts on a new day or after an hour without entries)\n  --item NUMBER   only this agenda item (number or id)\n  --time-zone Z   the zone the times are given in (default: this machine\'s, e.g. Europe/Zurich)\n  --journal PATH  the journal (default: the session\'s file in the data folder)\n  --output FILE   write to FILE (atomically) instead of standard output; an existing\n                  file is refused unless --force, the journal or dataset in use always\n  DATASET         the dataset file (or --data FILE; default: the bundled one)',
		load: async () => import('./export.js'),
	},
	{
		name: 'matrix',
		summary: 'the consensus matrix: each delegation\'s stance on each item and proposal (text, csv or json)',
		usage: 'council matrix [--format text|csv|json] [--journal PATH] [DATASET]\n\nDelegations down, agenda items and their proposals across; each cell the\nstance in effect (+ supports, - opposes, ! reservation, ? more information,\n= neutral, s spoke without a stance, . nothing), and under each column the\nnumber of reservations and objections ("ok" when there is none).\n  --format text   the whole matrix with its legend (default)\n  --format csv    one row per delegation, stance words; formula-like cells defused\n  --format json   {"format": "council-matrix", "version": 1, "columns", "rows"}\n  --journal PATH  the journal (default: the session\'s file in the data folder)',
		load: async () => import('./matrix.js'),
	},
	{
		name: 'import',
		summary: 'turn ITU Council contributions (.docx or text export) into dataset entries',
		usage: 'council import FILE... [--into DATASET] [--dry-run]\n\nReads contributions (.docx, or the plain-text export of one) and maps them to\ndataset entries: the document, its references (resolutions, articles, reports,\ndocuments), background sections, proposals, principles and footnotes.\n  --into DATASET  merge into DATASET (existing resolutions, articles, reports and\n                  delegations are reused; a document already there is reported)\n                  and write it atomically, keeping DATASET.bak\n  --dry-run       list what would be added or reused; write nothing\nWithout --into, prints a new complete dataset (JSON) on standard output.\nWarnings (text kept unclassified, unknown names) go to standard error.\nExit 1 when an input cannot be read or the result would be invalid, 2 on a\nmistake in the command line.',
		load: async () => import('./import.js'),
	},
	{
		name: 'floor',
		summary: 'the list of speakers: request, withdraw, move, give, next, end, statement, close, open, plan, list',
		usage: 'council floor request DELEGATION [--point-of-order|--reply]\ncouncil floor withdraw|give DELEGATION\ncouncil floor move DELEGATION [--up|--down|--by N]\ncouncil floor next | end | close | open\ncouncil floor statement DELEGATION TEXT [--stance STANCE]\ncouncil floor plan MINUTES\ncouncil floor list [--json]\n\nActs on the current agenda item\'s list of speakers (or --item ITEM). DELEGATION\nis an id or part of a name in any language. next gives the floor to the head of\nthe list; end ends whoever has it. A statement is one line for the summary\nrecord; --stance (supports, opposes, reservation, more-information, neutral)\nalso records it as the delegation\'s position on the item. plan sets the\nitem\'s planned duration (over the time-management plan\'s).\n\n  --item ITEM      the agenda item (default: the current one)\n  --journal PATH   the journal (default: the session\'s file in the data folder)\n  --data FILE      the dataset (default: the bundled one)\n  --author NAME    who records (default: the preference, else the user name)\n  --role ROLE      chair, secretary or viewer; a viewer cannot record\n  --json           list: the JSON shape described in the README\n\nPrints what it recorded once the entry is on disk. Exit 1 when the rules refuse\nit (a closed list, an observer who already spoke, nobody on the list) or a name\nis unknown, nothing written; 2 on a mistake in the command line.',
		load: async () => import('./floor.js'),
	},
	{
		name: 'share',
		summary: 'share the journal on PostgreSQL: set up the database, push or pull a journal, say what is shared',
		usage: 'council share init URL [--viewer-role NAME --viewer-password PASSWORD]\ncouncil share push|pull|status [--journal PATH] [--data FILE] [--share URL]\n\n  init    create the shared journal\'s tables in the database (again: no change),\n          and optionally a role that can read them and not write them\n  push    send the entries of the local journal the server does not hold\n  pull    append the entries others shared to the local journal\n  status  how many entries the server holds, and how many here are not shared\n\n  --share URL      postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=require]\n                   (default: COUNCIL_SHARE); PGHOST, PGPORT, PGUSER, PGPASSWORD,\n                   PGDATABASE, PGSSLMODE and ~/.pgpass fill what it leaves out\n  --journal PATH   the local journal (default: the session\'s file in the data folder)\n  --data FILE      the dataset, whose session the shared journal is bound to\n                   (default: the journal\'s own, else the bundled one)\n  --viewer-password PASSWORD  (or COUNCIL_VIEWER_PASSWORD, kept out of the process list)\n\nEntries carry the machine\'s name (COUNCIL_MACHINE, else the host name). Passwords\nare never printed. Exit 1 when the server cannot be used, 2 on a mistake in the\ncommand line.',
		load: async () => import('./share.js'),
	},
	{
		name: 'new',
		summary: 'create a dataset for a session: its frame, every Member State, no items yet',
		usage: 'council new FILE --title TITLE [--body BODY] [--place PLACE] [--dates START/END] [--force] [--dry-run]\n\nWrites a valid dataset with a new session id (so its own journal), the 194 ITU\nMember States as delegations (names in the six languages) and no agenda items.\n  --body BODY        the body meeting (default: ITU Council)\n  --dates START/END  first and last day, e.g. 2025-06-17/2025-06-27 (or one day)\n  --force            replace an existing FILE (the old one is kept as FILE.bak)\n  --dry-run          show what would be written; write nothing\nExit 1 when FILE exists (without --force) or the dates are not real days; 2 on a\nmistake in the command line.',
		load: async () => import('./new.js'),
	},
	{
		name: 'agenda',
		summary: 'add, move, remove or sort agenda items in a dataset (--data FILE)',
		usage: 'council agenda add NUMBER TITLE [--action KIND] [--wording TEXT] [--document SYMBOL]... --data FILE\ncouncil agenda move NUMBER --before NUMBER|--after NUMBER --data FILE\ncouncil agenda remove NUMBER [--force] [--journal PATH] --data FILE\ncouncil agenda sort --data FILE\n\nNUMBER is an item code as written ("PL 1.3"; "PL 1.03" is the same code) or an\nitem id. KIND: approve, adopt, consider (default), take-note, decide, elect,\nother. --document names a document already in the dataset by symbol (C25/28) or\nid. remove is refused while the session\'s journal has entries on the item\n(--force removes it anyway). sort puts items in natural order (PL 1.2 before\nPL 1.10), tracks in the order they first appear.\n  --dry-run   show the change; write nothing\nEach prints the change, then writes FILE atomically (the previous version is\nFILE.bak). Exit 1, nothing written, on an unknown item or document, a number\nalready used, or a result that would not validate; 2 on a mistake in the\ncommand line.',
		load: async () => import('./agenda.js'),
	},
	{
		name: 'session',
		summary: 'set the session\'s title, place, dates or body in a dataset (--data FILE)',
		usage: 'council session set [--title TITLE] [--place PLACE] [--dates START/END] [--body BODY] [--dry-run] --data FILE\n\nChanges the session frame, prints the change and writes FILE atomically (the\nprevious version is FILE.bak). A frame set this way is no longer marked\nillustrative. Exit 1, nothing written, for dates that are not real days or end\nbefore they start; 2 on a mistake in the command line.',
		load: async () => import('./session.js'),
	},
];

export function findCommand(name: string): CommandEntry | undefined {
	return commands.find(command => command.name === name);
}
