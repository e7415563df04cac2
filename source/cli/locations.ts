import {bundledDatasetPath} from '../dataset/bundled.js';
import {t} from '../i18n/translate.js';
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
		dataset = t('cli.files.missing');
	}

	// The paths come from the environment (HOME, COUNCIL_DATA_DIR, COUNCIL_CONFIG_DIR): shown, not trusted.
	return [
		[t('cli.files.dataset'), visibleLine(dataset)],
		[t('cli.files.journals'), `${visibleLine(shownJournalPath())} (${t('cli.files.or', {alternative: '--journal PATH'})})`],
		[t('cli.files.settings'), `${visibleLine(shownSettingsPath())} (${t('cli.files.or', {alternative: 'COUNCIL_CONFIG_DIR'})})`],
	];
}
