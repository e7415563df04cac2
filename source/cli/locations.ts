import {bundledDatasetPath} from '../dataset/bundled.js';
import {shownJournalPath} from '../journal/location.js';
import {shownSettingsPath} from '../settings/location.js';

/*
The "Files" section of `council --help`: where things live on this machine.
One row per file a user may want to open or back up; the journal's and the
settings' owners add theirs here.
*/
export function helpLocations(): Array<readonly [string, string]> {
	let dataset: string;
	try {
		dataset = bundledDatasetPath();
	} catch {
		dataset = 'missing from this installation';
	}

	return [
		['bundled dataset', dataset],
		['session journals', `${shownJournalPath()} (or --journal PATH)`],
		['settings', `${shownSettingsPath()} (or COUNCIL_CONFIG_DIR)`],
	];
}
