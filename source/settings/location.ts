import path from 'node:path';
import envPaths from 'env-paths';

export type SettingsLocationOptions = {
	/** Folder holding settings.json; wins over COUNCIL_CONFIG_DIR and the platform default. */
	readonly directory?: string;
	/** Read for COUNCIL_CONFIG_DIR; defaults to process.env. */
	readonly env?: NodeJS.ProcessEnv;
};

// Apart from store.ts so `council --help` can name the file without loading conf.

/** Where settings live: the option, else COUNCIL_CONFIG_DIR, else e.g. ~/.config/council. */
export function settingsDirectory(options: SettingsLocationOptions = {}): string {
	const env = options.env ?? process.env;
	return options.directory ?? (env['COUNCIL_CONFIG_DIR'] || envPaths('council', {suffix: ''}).config);
}

export function settingsFilePath(options: SettingsLocationOptions = {}): string {
	return path.join(settingsDirectory(options), 'settings.json');
}

/** The settings file as shown to users: under the home folder as `~/...`. */
export function shownSettingsPath(options: SettingsLocationOptions = {}): string {
	const where = settingsFilePath(options);
	const home = (options.env ?? process.env)['HOME'];
	return home !== undefined && home !== '' && where.startsWith(`${home}${path.sep}`) ? `~${where.slice(home.length)}` : where;
}
