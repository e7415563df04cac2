import type {Catalogue} from './translate.js';

export const ar: Catalogue = {
};
