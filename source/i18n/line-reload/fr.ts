import type {Message} from '../catalogue-types.js';
import type {LineReloadKey} from './en.js';

export const frLineReload: Record<LineReloadKey, Message> = {
	'line.dataset-reloaded': {one: 'Données rechargées : {count} point à l’ordre du jour', other: 'Données rechargées : {count} points à l’ordre du jour'},
	'line.dataset-not-reloaded': 'Données non rechargées, la version précédente est conservée : {problems}',
};
