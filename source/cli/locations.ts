import {bundledDatasetPath} from '../dataset/bundled.js';
import {shownJournalPath} from '../journal/location.js';
import {shownSettingsPath} from '../settings/location.js';
import {visibleLine} from '../text/sanitize.js';

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

	// The paths come from the environment (HOME, COUNCIL_DATA_DIR, COUNCIL_CONFIG_DIR): shown, not trusted.
	return [
		['bundled dataset', visibleLine(dataset)],
		['session journals', `${visibleLine(shownJournalPath())} (or --journal PATH)`],
		['settings', `${visibleLine(shownSettingsPath())} (or COUNCIL_CONFIG_DIR)`],
	];
}
