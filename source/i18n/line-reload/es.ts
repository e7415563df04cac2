import type {Message} from '../catalogue-types.js';
import type {LineReloadKey} from './en.js';

export const esLineReload: Record<LineReloadKey, Message> = {
	'line.dataset-reloaded': {one: 'Datos recargados: {count} punto en el orden del día', other: 'Datos recargados: {count} puntos en el orden del día'},
	'line.dataset-not-reloaded': 'Datos no recargados, se conserva la versión anterior: {problems}',
};
