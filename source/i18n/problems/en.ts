import type {SourceEntry} from '../catalogue-types.js';

/*
The problems council reports about its own files and feeds: the settings file,
the journal's lines, the dataset reloaded under the dashboard, the shared
journal at the start (source/settings/, source/journal/, source/ui/run-dashboard.tsx,
source/share/feed.ts). English with notes; French and Spanish beside. A
journal line's problem keeps its English (neutralWords) in JSON; these are what
a person reads (the footer, council log's text, warnings on standard error).
*/

export const enProblems = {
	'notice.settings.problem': {message: 'Settings file {path}: {problem}', note: 'On standard error when council starts: a problem with the settings file. {path}: the file; {problem}: one of notice.settings.* or a field\'s problem.'},
	'notice.settings.not-saved': {message: 'Settings file {path}: not saved ({reason})', note: 'Standard error or the footer: the settings could not be written. {reason}: why (notice.settings.reason-*, a file error).'},
	'notice.settings.unusable': {message: '{problem}; changes will not be saved', note: 'The settings file cannot be read (a FIFO, a folder, too large, permissions). {problem}: what it is.'},
	'notice.settings.reason-unreadable': {message: 'the settings file could not be read', note: 'The {reason} of notice.settings.not-saved: it could not be read at the start, so it is never written.'},
	'notice.settings.reason-link': {message: 'it is a symbolic link, and council never writes through one', note: 'The {reason} of notice.settings.not-saved.'},
	'notice.settings.no-backup': {message: 'could not keep a copy of the damaged file ({reason}); left as it is', note: 'The damaged settings file was not repaired because its copy could not be written. {reason}: a file error.'},
	'notice.settings.not-repaired': {message: 'could not be repaired ({reason})', note: 'The damaged settings file could not be rewritten. {reason}: notice.settings.not-saved\'s words.'},
	'notice.settings.repaired': {message: 'replaced with defaults for the fields above; the old file is kept as {backup}', note: 'The damaged settings file was rewritten; {backup}: the copy\'s path (settings.json.damaged).'},
	'notice.settings.too-deep': {message: 'nested more than {limit} deep (line {line}, column {column})', note: 'The settings file\'s JSON nests lists or objects too deep.'},
	'notice.settings.not-json': {message: 'not valid JSON ({detail})', note: 'The settings file is not JSON. {detail}: the JSON parser\'s own (English) words.'},
	'notice.settings.is-link': {message: '{name} is a symbolic link (council never writes through one)', note: 'Why settings were not written. {name}: the file\'s name (settings.json).'},
	'notice.settings.not-regular': {message: '{name} is {kind}, not a regular file', note: 'Why settings were not written. {kind}: notice.file.kind.* ("a folder").'},
	'notice.settings.not-object': {message: 'expected an object of settings, found {found}; using the defaults', note: 'The settings file holds JSON that is not an object. {found}: notice.settings.found-*.'},
	'notice.settings.found-null': {message: 'null', note: 'The {found} of notice.settings.not-object: JSON null (kept as a JSON word).'},
	'notice.settings.found-array': {message: 'an array', note: 'The {found} of notice.settings.not-object: a JSON array.'},
	'notice.settings.found-string': {message: 'a string', note: 'The {found} of notice.settings.not-object: a JSON string.'},
	'notice.settings.found-number': {message: 'a number', note: 'The {found} of notice.settings.not-object.'},
	'notice.settings.found-boolean': {message: 'a boolean', note: 'The {found} of notice.settings.not-object: true or false.'},
	'notice.settings.unknown-field': {message: '{field}: unknown setting, ignored', note: 'A field the settings file should not have. {field}: its name (theme, panes.agenda).'},
	'notice.settings.invalid-field': {message: '{field}: {problem}; using the default', note: 'A setting of the wrong value. {problem}: the validator\'s (English) words.'},
	'notice.settings.forbidden-field': {message: '{field}: {problem}; ignored', note: 'A forbidden field name (__proto__). {problem}: why, as the validator words it.'},
	'notice.settings.unrepairable': {message: 'settings could not be repaired; using the defaults', note: 'The settings file could not be made valid field by field.'},

	'notice.dataset-not-reloaded': {message: 'Dataset not reloaded, the screen keeps the previous version: {problems}', note: 'Footer: the dataset file changed on disk and does not load. {problems}: the file\'s problems as the validator words them.'},
	'notice.dataset-reloaded': {message: 'Dataset reloaded: the file changed', note: 'Footer: the dataset file changed on disk and the new version is shown.'},
	'notice.share-offline-start': {message: 'Shared journal offline: {reason}; entries are saved here and shared on reconnect', note: 'Footer with --share when the server cannot be reached at the start. {reason}: the connection\'s problem.'},
	'notice.journal-lines-skipped': {message: {one: 'Journal: {count} line skipped (council log lists them): {problem}', other: 'Journal: {count} lines skipped (council log lists them): {problem}'}, note: 'Footer when the dashboard opens: journal lines that were torn or invalid. {problem}: the first one (notice.journal.*); council log is a command.'},
	'notice.journal-entries-skipped': {message: {one: 'Journal: {count} entry skipped (council log lists them): {problem}', other: 'Journal: {count} entries skipped (council log lists them): {problem}'}, note: 'As notice.journal-lines-skipped, for the shared journal (--share): entries rather than lines.'},

	'notice.journal.not-json': {message: 'line {line} is not JSON and was skipped: {excerpt}', note: 'A journal line that is not JSON. {excerpt}: its start, as written.'},
	'notice.journal.too-deep': {message: 'line {line} nests lists and objects more than {limit} deep (column {column}) and was skipped: {excerpt}', note: 'A journal line nested too deep.'},
	'notice.journal.unreadable': {message: 'line {line} could not be read and was skipped ({reason})', note: 'A journal line that failed for an unexpected reason; {reason}: the error\'s words.'},
	'notice.journal.too-long': {message: 'line {line} is {size} long (a journal line may be at most {limit}) and was skipped: {excerpt}', note: 'A journal line too long. {size}, {limit}: sizes ("2.0 MB").'},
	'notice.journal.invalid': {message: 'line {line} is not a valid journal entry and was skipped: {why}', note: 'A journal line that is JSON but not an entry. {why}: the validator\'s (English) words.'},
	'notice.journal.invalid-at': {message: 'line {line} is not a valid journal entry and was skipped at {path}: {why}', note: 'As notice.journal.invalid, naming the field ({path}: payload.outcome).'},
	'notice.journal.duplicate': {message: 'line {line} repeats entry {id} and was skipped (the first one is kept)', note: 'A journal line holding an entry already read. {id}: its id.'},
	'notice.journal.torn': {message: 'line {line} is incomplete (no newline at the end: a write was interrupted) and was skipped: {excerpt}', note: 'The journal\'s last line was cut by an interrupted write.'},
	'notice.journal.not-regular': {message: 'the journal {problem}', note: 'The journal is not a regular file. {problem}: "is a folder, not a journal file".'},
	'notice.journal.cannot-read': {message: 'the journal cannot be read: {problem}', note: 'The journal file cannot be opened. {problem}: a file error ("permission denied").'},
} satisfies Record<string, SourceEntry>;

export type ProblemsKey = keyof typeof enProblems;
