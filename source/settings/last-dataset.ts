import type {Settings} from './schema.js';

/**
The settings with `lastDataset` naming the dataset just opened: its absolute
path, or no entry for the bundled dataset (the schema's meaning of absent).
Returns the same object when nothing changed, so the store writes nothing.
*/
export function withLastDataset(settings: Settings, datasetPath: string, bundledPath: string | undefined): Settings {
	if (datasetPath === bundledPath) {
		if (settings.lastDataset === undefined) {
			return settings;
		}

		const {lastDataset: _dropped, ...rest} = settings;
		return rest;
	}

	return settings.lastDataset === datasetPath ? settings : {...settings, lastDataset: datasetPath};
}
