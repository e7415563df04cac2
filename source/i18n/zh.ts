import type {Catalogue} from './translate.js';

export const zh: Catalogue = {
};
