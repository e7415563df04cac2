import {render, type Instance} from 'ink';
import type {DatasetIndex} from '../dataset/build-index.js';
import type {Dataset} from '../dataset/schema.js';
import type {SessionRecords} from '../state/records.js';
import {App} from './app.js';
import {enterTerminalSession} from './terminal-session.js';
import {systemClock} from './use-clock.js';

/*
The dashboard's entry, called by the CLI when stdout is a terminal: enters the
alternate screen, renders the app, and resolves once the user quits and the
terminal is back as it was.
*/

export type DashboardOptions = {
	readonly datasetPath: string;
	readonly dataset: Dataset;
	readonly index: DatasetIndex;
	/** Read once by the CLI; not used by the dashboard yet (pane sizes, theme). */
	readonly settings?: unknown;
	readonly journalPath?: string;
	/** The journal's replayed records now, and a way to hear of new ones. */
	readonly records?: SessionRecords;
	readonly subscribeRecords?: (listener: (records: SessionRecords) => void) => () => void;
};

export async function runDashboard(options: DashboardOptions): Promise<void> {
	let instance: Instance | undefined;
	const restore = enterTerminalSession({
		beforeRestore: () => {
			instance?.unmount();
		},
	});
	try {
		instance = render(
			<App
				index={options.index}
				clock={systemClock}
				{...(options.records === undefined ? {} : {records: options.records})}
				{...(options.subscribeRecords === undefined ? {} : {subscribeRecords: options.subscribeRecords})}
			/>,
			{
				// Only changed lines are rewritten: ~240 bytes per key instead of a whole frame (INK-NOTES.md).
				incrementalRendering: true,
				// Ctrl+C is a key binding (force-quit) so it also works while typing a filter.
				exitOnCtrlC: false,
				patchConsole: false,
			},
		);
		await instance.waitUntilExit();
	} finally {
		restore();
	}
}
