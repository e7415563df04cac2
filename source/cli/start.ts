import {stat} from 'node:fs/promises';
import {sanitizeLine, visibleLine} from '../text/sanitize.js';
import {say} from './message.js';
import os from 'node:os';
import type {CommandIo} from '../commands/io.js';
import {loadDataset, formatLoadErrors} from '../dataset/load.js';
import {sessionSummary} from '../format/session-summary.js';
import {displayPath} from './dataset-path.js';
import {importWithoutFetch} from './without-fetch.js';
import {journalFileProblem, journalLocationText, resolveJournalPath} from '../journal/location.js';
import {bundledDatasetPath} from '../dataset/bundled.js';
import {withLastDataset} from '../settings/last-dataset.js';
import {roles, type Role} from '../settings/schema.js';
import {UsageError} from './usage-error.js';

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
	/** No DATASET and no --data: the dashboard opens the settings' lastDataset when it still loads. */
	readonly isDefaultDataset?: boolean;
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
	const [{SettingsStore}, {defaultSettings}] = await Promise.all([import('../settings/store.js'), import('../settings/schema.js')]);
	try {
		const store = new SettingsStore({env: io.env});
		const {value, warnings} = store.load();
		for (const warning of warnings) {
			io.stderr(say`council: ${warning}\n`);
		}

		return {value, store};
	} catch (error: unknown) {
		io.stderr(say`council: settings not read (${error instanceof Error ? error.message : String(error)}); using the defaults\n`);
		return {value: defaultSettings, store: undefined};
	}
}

type Loaded = Awaited<ReturnType<typeof loadDataset>>;

/**
`council` with no dataset named: the one opened last (settings' lastDataset)
when it still exists and validates, saying so; else the bundled session, with a
notice saying why the last one was not opened. Nothing is printed to stderr here:
the notice is the footer's, on the first frame.
*/
async function lastDataset(bundled: string, last: string | undefined, cwd: string): Promise<{datasetPath: string; notice: string | undefined; loaded: Loaded | undefined}> {
	if (last === undefined || last === bundled) {
		return {datasetPath: bundled, notice: undefined, loaded: undefined};
	}

	const name = visibleLine(displayPath(last, cwd));
	// A setting is not a command: a FIFO or device named there must not block the start.
	const kind = await stat(last).then(stats => (stats.isFile() ? 'file' : 'other'), () => 'missing');
	if (kind !== 'file') {
		return {datasetPath: bundled, notice: `Bundled session: last dataset ${name} not opened: ${kind === 'missing' ? 'it no longer exists' : 'not a regular file'}`, loaded: undefined};
	}

	const loaded = await loadDataset(last, {name});
	if (loaded.ok) {
		return {datasetPath: last, notice: `Opened the last dataset, ${name} (council DATASET opens another)`, loaded};
	}

	const [first, ...others] = loaded.errors;
	const more = others.length === 0 ? '' : ` and ${others.length} more problem${others.length === 1 ? '' : 's'}`;
	const why = first === undefined ? 'it is not valid' : `${sanitizeLine(first.path === '' ? first.message : `${first.path} ${first.message}`)}${more}`;
	return {datasetPath: bundled, notice: `Bundled session: last dataset ${name} not opened: ${why}`, loaded: undefined};
}

export async function start(options: StartOptions, io: CommandIo): Promise<number> {
	if (options.role !== undefined && !(roles as readonly string[]).includes(options.role)) {
		throw new UsageError(say`unknown role "${options.role}" (use one of: ${roles.join(', ')})`);
	}

	const isDashboard = io.isTty && options.isInteractive;
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

	const journal = resolveJournalPath({journal: options.journal, sessionId: result.dataset.session.id, cwd: io.cwd, env: io.env});
	// Checked before the screen opens: the dashboard would otherwise record into a dataset or a FIFO.
	const journalProblem = await journalFileProblem(journal.path, options.datasetPath);
	if (journalProblem !== undefined) {
		io.stderr(`council: the journal ${sanitizeLine(displayPath(journal.path, io.cwd))} ${journalProblem}.\n`);
		return 1;
	}

	// A journal of another session is refused before the screen opens (header.ts).
	const {bindJournal} = await import('../journal/header.js');
	const bound = await bindJournal(journal.path, options.datasetPath, result.dataset.session.id);
	if (!bound.ok) {
		io.stderr(`council: ${bound.message}\n`);
		return 1;
	}

	if (bound.notice !== undefined) {
		io.stderr(`${bound.notice}\n`);
	}

	const role = (options.role as Role | undefined) ?? settings.role;
	const authorName = (options.author ?? settings.authorName ?? userName()).trim().slice(0, 100) || 'unknown';
	const {runDashboard} = await dashboardModule;
	await runDashboard({
		datasetPath,
		dataset: result.dataset,
		index: result.index,
		settings,
		...(loaded.store === undefined ? {} : {settingsStore: loaded.store}),
		journalPath: journal.path,
		// Shown on the ? screen: the path (from --journal or the environment) is shown, not trusted.
		journalText: visibleLine(journalLocationText(journal, io.env)),
		author: {name: authorName, role},
		exportFolder: io.cwd,
		journalHeader: bound.header,
		datasetHash: bound.header.dataset.sha256,
		// Which dataset was opened and why (lastDataset), then what the journal's binding says.
		...(chosen.notice === undefined && bound.notice === undefined ? {} : {startNotice: [chosen.notice, bound.notice].filter(notice => notice !== undefined).join(' · ')}),
	});
	return 0;
}
