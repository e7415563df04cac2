import type {CommandModule} from './io.js';

export type CommandEntry = {
	readonly name: string;
	readonly summary: string;
	/** The command lines, as typed (not translated); the explanation under them is the catalogue's `cli.usage.NAME`. */
	readonly synopsis: string;
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
		synopsis: 'council validate [FILE...]',
		load: async () => import('./validate.js'),
	},
	{
		name: 'lookup',
		summary: 'what a reference (Res 71, PP-22/157, Art. 1, an item number, a symbol) names and who cites it',
		synopsis: 'council lookup REF [--json] [--journal PATH]',
		load: async () => import('./lookup.js'),
	},
	{
		name: 'record',
		summary: 'record a decision, vote, status, position, current item, undo or new delegation in the session journal',
		synopsis: 'council record decision ITEM --outcome OUTCOME --text TEXT [--outcome OUTCOME...] [--number NUMBER]\ncouncil record vote ITEM|PROPOSAL --yes N --no N --abstain N [--absent N] [--majority simple|two-thirds]\ncouncil record vote ITEM|PROPOSAL --roll "NAME=yes,NAME=no,NAME=abstain,NAME=absent" [--majority ...]\ncouncil record status ITEM STATUS\ncouncil record position ITEM|PROPOSAL --delegation DELEGATION --stance STANCE [--note NOTE]\ncouncil record current ITEM\ncouncil record undo [ENTRY]\ncouncil record delegation NAME [--kind KIND]',
		load: async () => import('./record.js'),
	},
	{
		name: 'log',
		summary: 'list the session journal\'s entries (who, when, what) and any skipped lines',
		synopsis: 'council log [--journal PATH] [--json] [--share URL]',
		load: async () => import('./log.js'),
	},
	{
		name: 'export',
		summary: 'the summary record of a meeting or the session (docx, md, json or text), drafted from the journal',
		synopsis: 'council export [--format docx|md|json|text] [--meeting N] [--item NUMBER] [--output FILE [--force]] [--time-zone ZONE] [--journal PATH | --share URL] [DATASET]',
		load: async () => import('./export.js'),
	},
	{
		name: 'matrix',
		summary: 'the consensus matrix: each delegation\'s stance on each item and proposal (text, csv or json)',
		synopsis: 'council matrix [--format text|csv|json] [--journal PATH] [DATASET]',
		load: async () => import('./matrix.js'),
	},
	{
		name: 'import',
		summary: 'turn ITU Council contributions (.docx or text export) into dataset entries',
		synopsis: 'council import FILE... [--into DATASET] [--dry-run]',
		load: async () => import('./import.js'),
	},
	{
		name: 'floor',
		summary: 'the list of speakers: request, withdraw, move, give, next, end, statement, close, open, plan, list',
		synopsis: 'council floor request DELEGATION [--point-of-order|--reply]\ncouncil floor withdraw|give DELEGATION\ncouncil floor move DELEGATION [--up|--down|--by N]\ncouncil floor next | end | close | open\ncouncil floor statement DELEGATION TEXT [--stance STANCE]\ncouncil floor plan MINUTES\ncouncil floor list [--json]',
		load: async () => import('./floor.js'),
	},
	{
		name: 'share',
		summary: 'share the journal on PostgreSQL: set up the database, push or pull a journal, say what is shared',
		synopsis: 'council share init URL [--viewer-role NAME --viewer-password PASSWORD]\ncouncil share push|pull|status [--journal PATH] [--data FILE] [--share URL]',
		load: async () => import('./share.js'),
	},
	{
		name: 'new',
		summary: 'create a dataset for a session: its frame, every Member State, no items yet',
		synopsis: 'council new FILE --title TITLE [--body BODY] [--place PLACE] [--dates START/END] [--force] [--dry-run]',
		load: async () => import('./new.js'),
	},
	{
		name: 'agenda',
		summary: 'add, move, remove or sort agenda items in a dataset (--data FILE)',
		synopsis: 'council agenda add NUMBER TITLE [--action KIND] [--wording TEXT] [--document SYMBOL]... --data FILE\ncouncil agenda move NUMBER --before NUMBER|--after NUMBER --data FILE\ncouncil agenda remove NUMBER [--force] [--journal PATH] --data FILE\ncouncil agenda sort --data FILE',
		load: async () => import('./agenda.js'),
	},
	{
		name: 'session',
		summary: 'set the session\'s title, place, dates or body in a dataset (--data FILE)',
		synopsis: 'council session set [--title TITLE] [--place PLACE] [--dates START/END] [--body BODY] [--dry-run] --data FILE',
		load: async () => import('./session.js'),
	},
];

export function findCommand(name: string): CommandEntry | undefined {
	return commands.find(command => command.name === name);
}
