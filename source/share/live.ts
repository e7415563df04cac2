import type {JournalHeader} from '../journal/header.js';
import {watchJournal, type StopWatching} from '../journal/watch.js';
import type {ShareTarget} from './config.js';
import {ShareConnection} from './connection.js';
import {describeShareError, isFatalError, safeReason} from './errors.js';
import type {ShareState} from './order.js';
import {notifyChannel} from './schema.js';
import {SharedJournal, type SharedView} from './shared-journal.js';

/*
Following the shared journal live, for a screen. One loop per process:
connect, LISTEN, sync; then wait for a notification, a local save, or the
catch-up tick (so a lost notification delays an entry by one tick at most) and
sync again. When the connection fails the screen goes on offline (entries are
saved locally as always) and the loop waits before trying again, twice as long
each time up to a ceiling, with jitter so ten laptops do not knock together:
never a busy loop, whichever side was down and for how long.
*/

export type LiveOptions = {
	readonly journalPath: string;
	readonly target: ShareTarget;
	readonly machine: string;
	/** False for a viewer: pull only. */
	readonly canPush: boolean;
	readonly env?: NodeJS.ProcessEnv;
	/** The session (the dataset's id) and the header a journal created here starts with (shared-journal.ts). */
	readonly session?: string;
	readonly header?: JournalHeader;
	readonly onChange: (view: SharedView) => void;
	/** A problem worth a line in the footer (each distinct message once). */
	readonly onNotice?: (text: string) => void;
	/** The catch-up query's period; notifications usually come first. */
	readonly catchUpMs?: number;
	readonly backoff?: {readonly firstMs: number; readonly maxMs: number};
	readonly connectTimeoutMs?: number;
	/** Passed to the local journal's watcher (tests). */
	readonly localPollMs?: number;
};

export type FirstAttempt = {readonly ok: true} | {readonly ok: false; readonly isFatal: boolean; readonly message: string};

export type LiveShare = {
	/** Settles after the first connection attempt: fatal problems (a wrong password) are the caller's to report. */
	readonly firstAttempt: Promise<FirstAttempt>;
	readonly view: () => SharedView;
	/** Reads the local journal now and shares what is new (call after saving an entry). */
	readonly refresh: () => void;
	readonly stop: () => Promise<void>;
};

/** The wait before reconnect attempt `attempt` (0-based): doubling from firstMs up to maxMs, ±20%. */
export function backoffDelay(attempt: number, backoff: {readonly firstMs: number; readonly maxMs: number}, random: () => number = Math.random): number {
	const base = Math.min(backoff.maxMs, backoff.firstMs * 2 ** Math.min(attempt, 30));
	return Math.round(base * (0.8 + 0.4 * random()));
}

export async function followShared(options: LiveOptions): Promise<LiveShare> {
	const journal = await SharedJournal.open(options.journalPath, {
		canPush: options.canPush,
		machine: options.machine,
		...(options.session === undefined ? {} : {session: options.session}),
		...(options.header === undefined ? {} : {header: options.header}),
	});
	const catchUpMs = options.catchUpMs ?? 1000;
	const backoff = options.backoff ?? {firstMs: 250, maxMs: 5000};
	let state: ShareState = 'connecting';
	let reason: string | undefined;
	let isStopped = false;
	let connection: ShareConnection | undefined;
	let wake: (() => void) | undefined;
	let isWoken = false;
	const noticed = new Set<string>();
	const quitting = new AbortController();

	const view = () => journal.view({state, ...(reason === undefined ? {} : {reason})});
	const emit = () => {
		if (!isStopped) {
			options.onChange(view());
		}
	};

	const notice = (text: string) => {
		if (!noticed.has(text)) {
			noticed.add(text);
			options.onNotice?.(text);
		}
	};

	const poke = () => {
		isWoken = true;
		wake?.();
	};

	/** Waits for a poke or `ms`, whichever first. */
	const pause = async (ms: number) => {
		if (isWoken) {
			isWoken = false;
			return;
		}

		await new Promise<void>(resolve => {
			const timer = setTimeout(resolve, ms);
			wake = () => {
				clearTimeout(timer);
				resolve();
			};
		});
		wake = undefined;
		isWoken = false;
	};

	let cancelSleep: (() => void) | undefined;
	const sleep = async (ms: number) => new Promise<void>(resolve => {
		const timer = setTimeout(resolve, ms);
		cancelSleep = () => {
			clearTimeout(timer);
			resolve();
		};
	});

	let watcher: StopWatching | undefined;
	watcher = watchJournal(options.journalPath, {
		offset: journal.offset,
		line: journal.line,
		onUpdate(update) {
			if (journal.addLocal(update.entries, update.problems, update.isReset)) {
				emit();
				poke();
			}
		},
		...(options.localPollMs === undefined ? {} : {pollMs: options.localPollMs}),
	});

	let settleFirst: ((result: FirstAttempt) => void) | undefined;
	const firstAttempt = new Promise<FirstAttempt>(resolve => {
		settleFirst = resolve;
	});
	const settle = (result: FirstAttempt) => {
		settleFirst?.(result);
		settleFirst = undefined;
	};

	const loop = async () => {
		let attempt = 0;
		while (!isStopped) {
			try {
				connection = await ShareConnection.open(options.target, {
					...(options.env === undefined ? {} : {env: options.env}),
					...(options.connectTimeoutMs === undefined ? {} : {connectTimeoutMs: options.connectTimeoutMs}),
					onNotification: poke,
					onLost: poke,
					signal: quitting.signal,
				});
				await connection.query(`listen ${notifyChannel}`);
				// The whole log on every new connection: the server may have lost or renumbered rows while away.
				await journal.sync(connection, {full: true});
				state = 'online';
				reason = undefined;
				attempt = 0;
				settle({ok: true});
				emit();
				while (!isStopped && !connection.isLost) {
					await pause(catchUpMs);
					if (isStopped || connection.isLost) {
						break;
					}

					const before = journal.changes;
					await journal.sync(connection);
					if (journal.changes !== before) {
						emit();
					}
				}

				if (!isStopped) {
					throw new Error('Connection terminated');
				}
			} catch (error: unknown) {
				await connection?.close();
				connection = undefined;
				if (isStopped) {
					break;
				}

				const isFatal = isFatalError(error);
				settle({ok: false, isFatal, message: describeShareError(error, options.target)});
				state = 'offline';
				// Only a problem retrying will not fix is worth the header's room (a wrong password, no schema).
				reason = isFatal ? safeReason(error, options.target) : undefined;
				if (reason !== undefined) {
					notice(`Shared journal: ${reason}`);
				}

				emit();
				// Only stop() cuts this wait short: saving entries offline does not hurry the reconnect.
				await sleep(backoffDelay(attempt++, backoff));
			}
		}
	};

	const running = loop();
	return {
		firstAttempt,
		view,
		refresh() {
			watcher?.check();
		},
		async stop() {
			isStopped = true;
			quitting.abort();
			watcher?.();
			watcher = undefined;
			poke();
			cancelSleep?.();
			await connection?.close();
			await running;
		},
	};
}
