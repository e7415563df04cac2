import {stat} from 'node:fs/promises';
import {sanitizeLine, visibleLine} from '../text/sanitize.js';
import {say, trusted} from './message.js';
import os from 'node:os';
import type {CommandIo} from '../commands/io.js';
import {loadDataset, formatLoadErrors} from '../dataset/load.js';
import {displayPath} from './dataset-path.js';
import {importWithoutFetch} from './without-fetch.js';
import {journalFileProblem, journalLocationText, resolveJournalPath} from '../journal/location.js';
import {bundledDatasetPath} from '../dataset/bundled.js';
import {withLastDataset} from '../settings/last-dataset.js';
import {roles} from '../settings/choices.js';
import type {Role} from '../settings/schema.js';
import {UsageError} from './usage-error.js';
import {chooseLanguage} from '../i18n/choose-language.js';
import {setLanguage, t, tLine} from '../i18n/translate.js';
import type {DatasetIndex} from '../dataset/build-index.js';
import type {Dataset} from '../dataset/schema.js';
import type {Author} from '../journal/schema.js';
import type {ShareTarget} from '../share/config.js';

/*
`council [DATASET]`: load, then the dashboard when both ends are a terminal, the
plain session summary otherwise (a pipe, a file, CI). The dashboard module, and
with it Ink and React, is imported only on that branch, so `council | cat` and the
subcommands never pay for it.
*/

export type StartOptions = {
	readonly datasetPath: string;
	/** Keys can be read: stdin is a terminal too. */
	readonly isInteractive: boolean;
	/** --journal PATH (relative to the working folder). */
	readonly journal?: string | undefined;
	/** --role: chair, secretary or viewer; else the preference. */
	readonly role?: string | undefined;
	/** --author NAME; else the preference, else the account's user name. */
	readonly author?: string | undefined;
	/** --share URL; else COUNCIL_SHARE; else the journal is local only. */
	readonly share?: string | undefined;
	/** No DATASET and no --data: the dashboard opens the settings' lastDataset when it still loads. */
	readonly isDefaultDataset?: boolean;
	/** --plain: line mode (source/plain/), whatever the terminal. */
	readonly isPlain?: boolean;
	/** --lang, already applied by main.ts; the `lang` preference applies only when it is absent. */
	readonly lang?: string | undefined;
	/** Where line mode reads commands; the process's stdin unless a test gives one. */
	readonly input?: NodeJS.ReadableStream;
};

function bundledPathOrUndefined(): string | undefined {
	try {
		return bundledDatasetPath();
	} catch {
		return undefined;
	}
}

function userName(): string {
	try {
		return os.userInfo().username;
	} catch {
		return 'unknown';
	}
}

/** Preferences, read once; a damaged file is a warning on stderr and the defaults, never a crash. */
async function loadSettings(io: CommandIo) {
	const [{SettingsStore}, {defaultSettings}] = await Promise.all([import('../settings/store.js'), import('../settings/choices.js')]);
	try {
		const store = await SettingsStore.open({env: io.env});
		const {value, warnings} = store.load();
		for (const warning of warnings) {
			io.stderr(say`council: ${warning}\n`);
		}

		return {value, store};
	} catch (error: unknown) {
		io.stderr(`council: ${tLine('cli.error.settings-not-read', {message: error instanceof Error ? error.message : String(error)})}\n`);
		return {value: defaultSettings, store: undefined};
	}
}

type Loaded = Awaited<ReturnType<typeof loadDataset>>;

/**
`council` with no dataset named: the one opened last (settings' lastDataset)
when it still exists and validates, saying so; else the bundled session, with a
notice saying why the last one was not opened. Nothing is printed to stderr here:
the notice is the footer's, on the first frame. It is worded when it is shown
(a function), after the `lang` preference read with the settings is applied.
*/
async function lastDataset(bundled: string, last: string | undefined, cwd: string): Promise<{datasetPath: string; notice: (() => string) | undefined; loaded: Loaded | undefined}> {
	if (last === undefined || last === bundled) {
		return {datasetPath: bundled, notice: undefined, loaded: undefined};
	}

	const name = visibleLine(displayPath(last, cwd));
	// A setting is not a command: a FIFO or device named there must not block the start.
	const kind = await stat(last).then(stats => (stats.isFile() ? 'file' : 'other'), () => 'missing');
	if (kind !== 'file') {
		return {datasetPath: bundled, notice: () => t('notice.last-dataset-not-opened', {name, why: t(kind === 'missing' ? 'notice.last-dataset-missing' : 'notice.last-dataset-not-file')}), loaded: undefined};
	}

	const loaded = await loadDataset(last, {name});
	if (loaded.ok) {
		return {datasetPath: last, notice: () => t('notice.last-dataset-opened', {name}), loaded};
	}

	const [first, ...others] = loaded.errors;
	const problem = first === undefined ? undefined : sanitizeLine(first.path === '' ? first.message : `${first.path} ${first.message}`);
	const why = () => problem === undefined ? t('notice.last-dataset-invalid') : (others.length === 0 ? problem : t('notice.last-dataset-more', {problem, count: others.length}));
	return {datasetPath: bundled, notice: () => t('notice.last-dataset-not-opened', {name, why: why()}), loaded: undefined};
}

type PlainStart = {
	readonly dataset: Dataset;
	readonly index: DatasetIndex;
	readonly options: StartOptions;
	readonly io: CommandIo;
	readonly journalPath: string;
	readonly journalText: string;
	readonly author: Author;
	/** --share: line mode reads and records through the shared journal too. */
	readonly share?: {readonly target: ShareTarget; readonly machine: string};
	/** Hash of the dataset as loaded: the watcher reloads only a different version (as the dashboard's). */
	readonly datasetHash?: string;
};

/** Line mode: the dashboard's journal feed, without Ink drawing anything. */
async function runPlain(start: PlainStart): Promise<void> {
	const [{journalFeed}, {runLineMode}] = await Promise.all([
		importWithoutFetch(async () => import('../ui/run-dashboard.js')),
		import('../plain/run-line-mode.js'),
	]);
	const {dataset, index, io} = start;
	const feed = await journalFeed({datasetPath: start.options.datasetPath, dataset, index, journalPath: start.journalPath, author: start.author, exportFolder: io.cwd, ...(start.share === undefined ? {} : {share: start.share}), ...(start.datasetHash === undefined ? {} : {datasetHash: start.datasetHash})});
	try {
		await runLineMode({dataset, index, feed, author: start.author, journalText: start.journalText, input: start.options.input ?? process.stdin, write: io.stdout});
	} finally {
		// The shared journal's connection and its retry timer would keep the process alive after quit.
		await feed.stop?.();
	}
}

export async function start(options: StartOptions, io: CommandIo): Promise<number> {
	if (options.role !== undefined && !(roles as readonly string[]).includes(options.role)) {
		throw new UsageError(tLine('cli.error.unknown-role', {value: options.role, roles: roles.join(', ')}));
	}

	if (options.share?.trim() === '') {
		throw new UsageError(t('cli.common.empty-share'));
	}

	// Line mode: asked for, or a terminal that cannot address its cursor (TERM=dumb: Emacs shells, some
	// screen-reader setups). The plain preference is read with the other settings, below.
	const isTerminal = io.isTty && options.isInteractive;
	const isPlainAsked = options.isPlain === true || (isTerminal && io.env['TERM'] === 'dumb');
	const isDashboard = isTerminal || isPlainAsked;
	// The dashboard's modules (Ink, React, yoga) and the settings store load while the
	// dataset is read and checked, not after: the start's file reads overlap its compiling.
	const dashboardModule = isDashboard ? importWithoutFetch(async () => import('../ui/run-dashboard.js')) : undefined;
	const settingsLoad = isDashboard ? loadSettings(io) : undefined;
	// Awaited below; until then a failed import must not count as an unhandled rejection.
	dashboardModule?.catch(() => undefined);
	const chosen = isDashboard && options.isDefaultDataset === true && settingsLoad !== undefined
		? await lastDataset(options.datasetPath, (await settingsLoad).value.lastDataset, io.cwd)
		: {datasetPath: options.datasetPath, notice: undefined, loaded: undefined};
	const {datasetPath} = chosen;
	const name = displayPath(datasetPath, io.cwd);
	const result = chosen.loaded ?? await loadDataset(datasetPath, {name});
	if (!result.ok) {
		io.stderr(formatLoadErrors(result.errors));
		return 1;
	}

	io.stderr(formatLoadErrors(result.warnings));
	if (dashboardModule === undefined || settingsLoad === undefined) {
		const {sessionSummary} = await import('../format/session-summary.js');
		io.stdout(sessionSummary(result.dataset, result.index));
		return 0;
	}

	const loaded = await settingsLoad;
	// The dataset opened is remembered (settings' lastDataset); the dashboard saves pane sizes and theme on top.
	// A last dataset that could not be opened stays remembered (a disk not mounted yet): the notice says so each time.
	const isFallback = chosen.notice !== undefined && chosen.loaded === undefined;
	const settings = isFallback ? loaded.value : withLastDataset(loaded.value, datasetPath, bundledPathOrUndefined());
	for (const warning of loaded.store?.save(settings) ?? []) {
		io.stderr(say`council: ${warning}\n`);
	}

	if (options.lang === undefined && settings.lang !== undefined) {
		setLanguage(chooseLanguage({preference: settings.lang, env: io.env}));
	}

	const role = (options.role as Role | undefined) ?? settings.role;
	const authorName = (options.author ?? settings.authorName ?? userName()).trim();
	// The check council record makes, before the screen opens: a name of only control or bidi
	// characters is recorded as nothing, so every save would fail in the form.
	// (The journal's modules, and zod with them, load here rather than with every command.)
	const {authorNameProblem} = await import('../journal/append.js');
	const authorProblem = authorNameProblem(authorName);
	if (authorProblem !== undefined) {
		const from = options.author === undefined && settings.authorName !== undefined ? tLine('cli.start.author-preference', {path: loaded.store?.path ?? 'settings.json'}) : '';
		io.stderr(say`council: ${authorProblem}${trusted(from)}\n`);
		return 1;
	}

	const journal = resolveJournalPath({journal: options.journal, sessionId: result.dataset.session.id, cwd: io.cwd, env: io.env});
	// Checked before the screen opens: the dashboard would otherwise record into a dataset or a FIFO.
	const journalProblem = await journalFileProblem(journal.path, options.datasetPath);
	if (journalProblem !== undefined) {
		io.stderr(`council: ${t('cli.start.journal-problem', {path: sanitizeLine(displayPath(journal.path, io.cwd)), problem: journalProblem})}\n`);
		return 1;
	}

	// A journal of another session is refused before the screen opens (header.ts).
	const {bindJournal} = await import('../journal/header.js');
	const bound = await bindJournal(journal.path, options.datasetPath, result.dataset.session.id, result.contentHash);
	if (!bound.ok) {
		io.stderr(`council: ${bound.message}\n`);
		return 1;
	}

	if (bound.notice !== undefined) {
		io.stderr(`${bound.notice}\n`);
	}

	const share = await shareOption(options.share, io);
	if (share === 'invalid') {
		return 1;
	}

	if (isPlainAsked || settings.plain === true) {
		const plainFailure = await runPlain({...result, options: {...options, datasetPath}, io, journalPath: journal.path, journalText: visibleLine(journalLocationText(journal, io.env)), author: {name: authorName, role}, datasetHash: bound.header.dataset.sha256, ...(share === undefined ? {} : {share})}).catch((error: unknown) => error);
		if (plainFailure !== undefined) {
			return shareFailure(plainFailure, io);
		}

		return 0;
	}

	const {runDashboard} = await dashboardModule;
	try {
		await runDashboard({
			datasetPath,
			dataset: result.dataset,
			index: result.index,
			settings,
			...(loaded.store === undefined ? {} : {settingsStore: loaded.store}),
			journalPath: journal.path,
			// Shown on the ? screen: the author and the path (from --journal or the environment) are shown, not trusted; with --share, the URL with its password masked.
			journalText: visibleLine(share === undefined ? t('notice.journal.location-who', {who: authorName, role, journal: journalLocationText(journal, io.env)}) : t('notice.journal.location-shared', {who: authorName, role, journal: journalLocationText(journal, io.env), url: share.target.shown})),
			author: {name: authorName, role},
			exportFolder: io.cwd,
			journalHeader: bound.header,
			datasetHash: bound.header.dataset.sha256,
			// Which dataset was opened and why (lastDataset), then what the journal's binding says.
			...(chosen.notice === undefined && bound.notice === undefined ? {} : {startNotice: [chosen.notice?.(), bound.notice].filter(notice => notice !== undefined).join(' · ')}),
			...(share === undefined ? {} : {share}),
		});
	} catch (error: unknown) {
		return shareFailure(error, io);
	}

	return 0;
}

/** A shared journal that cannot be used (wrong password, no schema, another session): one line, no secret, exit 1; anything else is thrown on. */
function shareFailure(error: unknown, io: CommandIo): number {
	if (error instanceof Error && error.name === 'ShareError') {
		io.stderr(say`council: ${error.message}\n`);
		return 1;
	}

	throw error;
}

/** --share or COUNCIL_SHARE, parsed (loaded only when given, so the local dashboard's start pays nothing). */
async function shareOption(option: string | undefined, io: CommandIo) {
	if (option === undefined && (io.env['COUNCIL_SHARE'] ?? '').trim() === '') {
		return undefined;
	}

	const [{parseShareUrl, shareUrlFrom}, {machineName}] = await Promise.all([import('../share/config.js'), import('../share/machine.js')]);
	const url = shareUrlFrom(option, io.env);
	if (url === undefined) {
		return undefined;
	}

	const target = parseShareUrl(url, io.env);
	if (!target.ok) {
		io.stderr(say`council: --share: ${target.message}\n`);
		return 'invalid' as const;
	}

	return {target: target.value, machine: machineName(io.env)};
}
