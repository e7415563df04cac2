import type {Catalogue} from './translate.js';

export const ru: Catalogue = {
};
