import path from 'node:path';
import type {DatasetIndex} from '../dataset/build-index.js';
import type {Dataset} from '../dataset/schema.js';
import {watchDataset} from '../dataset/watch-dataset.js';
import type {DatasetChange} from '../features/dataset-reload/reload-reducer.js';
import {viewOf} from '../journal/follow-session.js';
import type {JournalHeader} from '../journal/header.js';
import {applyEntries, lastUndoable, type JournalRecords} from '../journal/replay.js';
import type {Author, JournalEntry} from '../journal/schema.js';
import {minutesFileName, renderMinutes, systemTimeZone, type MinutesFormat} from '../minutes/render.js';
import {writeFileAtomically} from '../minutes/write.js';
import type {SessionRecords} from '../state/records.js';
import type {Intent} from '../state/state.js';
import type {ShareTarget} from './config.js';
import {ShareError} from './errors.js';
import {followShared, type LiveShare} from './live.js';
import {extendsOrder, shareStatusText} from './order.js';
import type {SharedView} from './shared-journal.js';
import {problemText} from '../journal/problem-words.js';
import {t} from '../i18n/translate.js';
import {visibleLine} from '../text/sanitize.js';

/*
The dashboard's records in shared mode: the same Feed shape as the local
journal's (run-dashboard.tsx), fed by the shared journal's merged order instead
of the file's line order. Recording is unchanged (recordEntry: the local fsync,
then "saved"); the follower then pushes the entry, and the header's share status
says "shared" once the server has committed it. The status travels with the
records (`shareStatus`), so the reducer and the screen stay pure.

The view is built as the local one's (follow-session.ts, viewOf): the dataset
file's version plus the delegations the shared entries add, so a delegation
added on another machine reaches the picker and the positions here, and a new
version of the dataset file (council agenda add) is replayed on as it is
locally. Either one is a new index: it goes to the screen as a dataset change.
*/

export type ShareFeedOptions = {
	readonly dataset: Dataset;
	readonly index: DatasetIndex;
	readonly journalPath: string;
	readonly target: ShareTarget;
	readonly machine: string;
	readonly author?: Author;
	readonly exportFolder?: string;
	readonly env?: NodeJS.ProcessEnv;
	/** The minutes' format preference (as the local feed reads it). */
	readonly settings?: {readonly minutesFormat?: MinutesFormat};
	/** What the local journal's feed does with an intent (recording: the local fsync, then "saved"). */
	readonly localIntents?: (intent: Intent) => Promise<string | undefined>;
	/** The dataset file, watched for new versions (as without --share), and the hash of the version loaded. */
	readonly datasetPath?: string;
	readonly datasetHash?: string;
	/** The header a journal created here starts with; its session binds the shared log (schema.ts). */
	readonly journalHeader?: JournalHeader;
};

export type ShareFeed = {
	readonly index: DatasetIndex;
	readonly records: SessionRecords;
	readonly startNotice?: string;
	readonly subscribeRecords: (listener: (records: SessionRecords) => void) => () => void;
	readonly subscribeDataset: (listener: (change: DatasetChange) => void) => () => void;
	readonly onIntent: (intent: Intent) => Promise<string | undefined>;
	readonly stop: () => Promise<void>;
};

/** How long the dashboard waits for the first connection before opening without it. */
const firstAttemptMs = 1500;

function problemsNotice(view: SharedView): string | undefined {
	const [first] = view.problems;
	if (first === undefined) {
		return undefined;
	}

	return t('notice.journal-entries-skipped', {count: view.problems.length, problem: problemText(first)});
}

/**
Opens the shared journal for the dashboard. Settles after the first connection
attempt: a problem retrying cannot fix (a wrong password, no schema) throws a
ShareError before the dashboard opens; an unreachable server opens it offline.
*/
export async function openShareFeed(options: ShareFeedOptions): Promise<ShareFeed> {
	let listener: ((records: SessionRecords) => void) | undefined;
	const datasetListeners = new Set<(change: DatasetChange) => void>();
	let fileDataset = options.dataset;
	let fileIndex = options.index;
	let index = options.index;
	let entries: readonly JournalEntry[] = [];
	let records: JournalRecords | undefined;
	let latest: SharedView | undefined;
	/** A new index the screen has not been given yet (it came before the screen listened). */
	let isViewPending = false;
	let shareStatus = '';
	let shareState: SessionRecords['shareState'];

	const sessionRecords = (): SessionRecords => ({...records!, lastUndoable: lastUndoable(records!), shareStatus, ...(shareState === undefined ? {} : {shareState})});

	/** Brings the records (and the index, when the dataset seen changed) up to `view`; true when the index is new. */
	const update = (view: SharedView, isNewDataset = false): boolean => {
		shareStatus = shareStatusText(view.status);
		shareState = view.status.state;
		const isExtended = !isNewDataset && records !== undefined && extendsOrder(entries, view.entries);
		const added = isExtended ? view.entries.slice(entries.length) : view.entries;
		let isNewIndex = false;
		if (isExtended && records !== undefined && !added.some(entry => entry.kind === 'delegation')) {
			// The usual case: the order only grew, and nothing in it changes the delegations.
			records = applyEntries(records, added);
		} else {
			// An entry landed before others, a delegation was added, or the dataset file changed: replayed whole.
			const next = viewOf(fileDataset, fileIndex, view.entries);
			isNewIndex = next.index !== index;
			index = next.index;
			records = next.records;
		}

		entries = view.entries;
		return isNewIndex;
	};

	const emitView = (notice?: string, cause?: 'dataset') => {
		if (datasetListeners.size === 0) {
			isViewPending = true;
			return;
		}

		isViewPending = false;
		const change: DatasetChange = {kind: 'view', index, records: sessionRecords(), ...(notice === undefined ? {} : {notice}), ...(cause === undefined ? {} : {cause})};
		for (const datasetListener of datasetListeners) {
			datasetListener(change);
		}
	};

	const emit = (view: SharedView) => {
		if (update(view) || isViewPending) {
			emitView();
		} else {
			listener?.(sessionRecords());
		}
	};

	const live: LiveShare = await followShared({
		journalPath: options.journalPath,
		target: options.target,
		machine: options.machine,
		canPush: options.author !== undefined && options.author.role !== 'viewer',
		...(options.env === undefined ? {} : {env: options.env}),
		session: options.dataset.session.id,
		...(options.journalHeader === undefined ? {} : {header: options.journalHeader}),
		onChange(view) {
			latest = view;
			if (listener !== undefined) {
				emit(view);
			}
		},
	});
	// A server that does not answer at all must not hold the dashboard back: after a moment it opens "connecting".
	const first = await Promise.race([live.firstAttempt, new Promise<{ok: true}>(resolve => {
		setTimeout(() => {
			resolve({ok: true});
		}, firstAttemptMs).unref();
	})]);
	if (!first.ok && first.isFatal) {
		await live.stop();
		throw new ShareError(first.message, true);
	}

	const view = latest ?? live.view();
	const notices = [problemsNotice(view), first.ok ? undefined : t('notice.share-offline-start', {reason: first.message})]
		.filter((text): text is string => text !== undefined);
	update(view);
	isViewPending = false;
	return {
		index,
		records: sessionRecords(),
		...(notices.length === 0 ? {} : {startNotice: notices.join(' · ')}),
		subscribeRecords(next) {
			listener = next;
			// What changed between the first frame's records and the subscription.
			emit(latest ?? live.view());
			return () => {
				listener = undefined;
			};
		},
		subscribeDataset(next) {
			datasetListeners.add(next);
			if (isViewPending) {
				emitView();
			}

			const stop = options.datasetPath === undefined ? undefined : watchDataset(options.datasetPath, {
				...(options.datasetHash === undefined ? {} : {sha256: options.datasetHash}),
				onChange(reload) {
					if (!reload.ok) {
						next({kind: 'problem', notice: t('notice.dataset-not-reloaded', {problems: reload.message}), problems: reload.message});
						return;
					}

					fileDataset = reload.dataset;
					fileIndex = reload.index;
					update(latest ?? live.view(), true);
					emitView(t('notice.dataset-reloaded'), 'dataset');
				},
			});
			return () => {
				datasetListeners.delete(next);
				stop?.();
			};
		},
		async onIntent(intent) {
			if (intent.kind === 'export-minutes') {
				// The minutes replay the shared order too, so every machine writes the same minutes.
				const current = live.view();
				const format = options.settings?.minutesFormat ?? 'md';
				const file = path.join(options.exportFolder ?? process.cwd(), minutesFileName(index.dataset.session.id, format, Date.now()));
				const rendered = await renderMinutes(index, current.entries, current.problems, format, {timeZone: systemTimeZone()});
				if (!rendered.ok) {
					throw new Error(rendered.message);
				}

				await writeFileAtomically(file, rendered.bytes);
				return t('notice.minutes-written', {file: visibleLine(file)});
			}

			// "saved" once on local disk, as without --share; then shared, which the header says.
			const text = await options.localIntents?.(intent);
			live.refresh();
			return text;
		},
		stop: live.stop,
	};
}
