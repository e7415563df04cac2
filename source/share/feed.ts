import path from 'node:path';
import type {DatasetIndex} from '../dataset/build-index.js';
import type {Dataset} from '../dataset/schema.js';
import {applyEntries, lastUndoable, replay, type JournalRecords} from '../journal/replay.js';
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

/*
The dashboard's records in shared mode: the same Feed shape as the local
journal's (run-dashboard.tsx), fed by the shared journal's merged order instead
of the file's line order. Recording is unchanged (recordEntry: the local fsync,
then "saved"); the follower then pushes the entry, and the header's share status
says "shared" once the server has committed it. The status travels with the
records (`shareStatus`), so the reducer and the screen stay pure.
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
};

export type ShareFeed = {
	readonly records: SessionRecords;
	readonly startNotice?: string;
	readonly subscribeRecords: (listener: (records: SessionRecords) => void) => () => void;
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

	const count = view.problems.length === 1 ? '1 entry skipped' : `${view.problems.length} entries skipped`;
	return `Journal: ${count} (council log lists them): ${first.message}`;
}

/**
Opens the shared journal for the dashboard. Settles after the first connection
attempt: a problem retrying cannot fix (a wrong password, no schema) throws a
ShareError before the dashboard opens; an unreachable server opens it offline.
*/
export async function openShareFeed(options: ShareFeedOptions): Promise<ShareFeed> {
	let listener: ((records: SessionRecords) => void) | undefined;
	let entries: readonly JournalEntry[] = [];
	let records: JournalRecords | undefined;
	let latest: SharedView | undefined;

	const toRecords = (view: SharedView): SessionRecords => {
		// Extended when the order only grew (the usual case); replayed when an entry landed before others.
		records = records !== undefined && extendsOrder(entries, view.entries)
			? applyEntries(records, view.entries.slice(entries.length))
			: replay(options.dataset, view.entries);
		entries = view.entries;
		return {...records, lastUndoable: lastUndoable(records), shareStatus: shareStatusText(view.status)};
	};

	const live: LiveShare = await followShared({
		journalPath: options.journalPath,
		target: options.target,
		machine: options.machine,
		canPush: options.author !== undefined && options.author.role !== 'viewer',
		...(options.env === undefined ? {} : {env: options.env}),
		onChange(view) {
			latest = view;
			if (listener !== undefined) {
				listener(toRecords(view));
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
	const notices = [problemsNotice(view), first.ok ? undefined : `Shared journal offline: ${first.message}; entries are saved here and shared on reconnect`]
		.filter((text): text is string => text !== undefined);
	return {
		records: toRecords(view),
		...(notices.length === 0 ? {} : {startNotice: notices.join(' · ')}),
		subscribeRecords(next) {
			listener = next;
			// What changed between the first frame's records and the subscription.
			next(toRecords(latest ?? live.view()));
			return () => {
				listener = undefined;
			};
		},
		async onIntent(intent) {
			if (intent.kind === 'export-minutes') {
				// The minutes replay the shared order too, so every machine writes the same minutes.
				const current = live.view();
				const format = options.settings?.minutesFormat ?? 'md';
				const file = path.join(options.exportFolder ?? process.cwd(), minutesFileName(options.index.dataset.session.id, format, Date.now()));
				const rendered = await renderMinutes(options.index, current.entries, current.problems, format, {timeZone: systemTimeZone()});
				if (!rendered.ok) {
					throw new Error(rendered.message);
				}

				await writeFileAtomically(file, rendered.bytes);
				return `Minutes written to ${file}`;
			}

			// "saved" once on local disk, as without --share; then shared, which the header says.
			const text = await options.localIntents?.(intent);
			live.refresh();
			return text;
		},
		stop: live.stop,
	};
}
