import type {Catalogue} from './translate.js';

export const fr: Catalogue = {
};
