import type {SourceEntry} from '../catalogue-types.js';

/* Line mode's words when the dataset file changes under it (source/plain/run-line-mode.ts): English with notes; French and Spanish beside. */

export const enLineReload = {
	'line.dataset-reloaded': {message: {one: 'Dataset reloaded: {count} agenda item', other: 'Dataset reloaded: {count} agenda items'}, note: 'Line mode: the dataset file changed on disk (another terminal, an import) and the new version is shown. {count}: its agenda items.'},
	'line.dataset-not-reloaded': {message: 'Dataset not reloaded, keeping the previous version: {problems}', note: 'Line mode: the changed dataset file does not load. {problems}: the file\'s problems (file:line:column field message; ...), as the validator words them.'},
} satisfies Record<string, SourceEntry>;

export type LineReloadKey = keyof typeof enLineReload;
