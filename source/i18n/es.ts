import type {Catalogue} from './translate.js';

export const es: Catalogue = {
};
