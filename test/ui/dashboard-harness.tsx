import {EventEmitter} from 'node:events';
import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink';
import type {DatasetIndex} from '../../source/dataset/build-index.js';
import type {Role, Settings} from '../../source/settings/schema.js';
import type {SettingsWriter} from '../../source/settings/use-save-settings.js';
import type {SessionRecords} from '../../source/state/records.js';
import type {Intent, State} from '../../source/state/state.js';
import {App} from '../../source/ui/app.js';
import type {Clock} from '../../source/ui/use-clock.js';
import {FakeStdin} from '../helpers/fake-stdin.js';

/*
The dashboard in-process with a fake terminal of any size: ink-testing-library's
stdout is fixed at 100 columns with no rows, and cannot be resized.
*/

export class FakeStdout extends EventEmitter {
	isTTY = true;
	frames: string[] = [];
	constructor(public columns: number, public rows: number) {
		super();
	}

	write = (frame: string) => {
		this.frames.push(frame);
		this.emit('frame', frame);
		return true;
	};
}

export {FakeStdin} from '../helpers/fake-stdin.js';

/** Key names → the bytes a terminal sends. */
export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	home: '\u001B[H',
	end: '\u001B[F',
	tab: '\t',
	shiftTab: '\u001B[Z',
	enter: '\r',
	escape: '\u001B',
	backspace: '\u007F',
	ctrlC: '\u0003',
	ctrlO: '\u000F',
} as const;

export const tick = async () => new Promise(resolve => {
	setTimeout(resolve, 0);
});

export type Dashboard = {
	readonly stdout: FakeStdout;
	readonly stdin: FakeStdin;
	/** The last frame, colour codes removed, trailing spaces of each line trimmed. */
	frame(): string;
	/** The last frame as written, colour codes and all. */
	rawFrame(): string;
	/** Types keys one at a time (each a separate press), waiting for each frame. */
	press(...sequence: string[]): Promise<void>;
	resize(columns: number, rows: number): Promise<void>;
	readonly states: State[];
	hasExited(): boolean;
	unmount(): void;
};

export type DashboardOptions = {
	readonly columns?: number;
	readonly rows?: number;
	readonly now?: number;
	readonly openedAt?: number;
	readonly records?: SessionRecords;
	readonly subscribeRecords?: (listener: (records: SessionRecords) => void) => () => void;
	readonly clock?: Clock;
	readonly onIntent?: (intent: Intent) => void;
	readonly settings?: Settings;
	readonly settingsStore?: SettingsWriter;
	readonly role?: Role;
	readonly startNotice?: string;
};

/** A clock the test advances by hand. */
export function manualClock(start: number): Clock & {advance(ms: number): void} {
	let now = start;
	const ticks = new Set<() => void>();
	return {
		now: () => now,
		every(_ms, tick) {
			ticks.add(tick);
			return () => {
				ticks.delete(tick);
			};
		},
		advance(ms) {
			now += ms;
			for (const tick of ticks) {
				tick();
			}
		},
	};
}

export const fixedNow = Date.UTC(2026, 5, 1, 9, 42, 7);
export const fixedOpenedAt = Date.UTC(2026, 5, 1, 9, 0, 0);

export function clean(frame: string): string {
	return stripVTControlCharacters(frame).split('\n').map(line => line.trimEnd()).join('\n');
}

export async function renderDashboard(index: DatasetIndex, options: DashboardOptions = {}): Promise<Dashboard> {
	const stdout = new FakeStdout(options.columns ?? 100, options.rows ?? 30);
	const stdin = new FakeStdin();
	const states: State[] = [];
	let hasExited = false;
	const instance = render(
		<App
			index={index}
			now={options.now ?? fixedNow}
			openedAt={options.openedAt ?? fixedOpenedAt}
			{...(options.records === undefined ? {} : {records: options.records})}
			{...(options.subscribeRecords === undefined ? {} : {subscribeRecords: options.subscribeRecords})}
			{...(options.clock === undefined ? {} : {clock: options.clock})}
			{...(options.onIntent === undefined ? {} : {onIntent: options.onIntent})}
			{...(options.settings === undefined ? {} : {settings: options.settings})}
			{...(options.settingsStore === undefined ? {} : {settingsStore: options.settingsStore})}
			{...(options.role === undefined ? {} : {role: options.role})}
			{...(options.startNotice === undefined ? {} : {startNotice: options.startNotice})}
			onState={state => states.push(state)}
		/>,
		{
			stdout: stdout as unknown as NodeJS.WriteStream,
			stdin: stdin as unknown as NodeJS.ReadStream,
			stderr: new FakeStdout(100, 30) as unknown as NodeJS.WriteStream,
			debug: true,
			exitOnCtrlC: false,
			patchConsole: false,
		},
	);
	void instance.waitUntilExit().then(() => {
		hasExited = true;
	});
	await tick();
	return {
		stdout,
		stdin,
		states,
		frame: () => clean(stdout.frames.at(-1) ?? ''),
		rawFrame: () => stdout.frames.at(-1) ?? '',
		async press(...sequence) {
			for (const key of sequence) {
				stdin.write(key);
				// A lone ESC is held until setImmediate in case more bytes follow (INK-NOTES.md).
				await tick();
				await tick();
			}
		},
		async resize(columns, rows) {
			stdout.columns = columns;
			stdout.rows = rows;
			stdout.emit('resize');
			await tick();
			await tick();
		},
		hasExited: () => hasExited,
		unmount: () => {
			instance.unmount();
		},
	};
}
