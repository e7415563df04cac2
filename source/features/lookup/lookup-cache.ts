import type {LookupResult} from '../../dataset/lookup.js';
import {languageVersion} from '../../i18n/translate.js';
import type {State} from '../../state/state.js';
import {lookupView, type LookupView} from './lookup-view.js';

const viewCache = new WeakMap<LookupResult, Map<number, LookupView>>();

/** The lookup overlay's lines at a width, cached per result: the reducer and the screen read the same. */
export function cachedLookupView(state: State, result: LookupResult, width: number): LookupView {
	let byWidth = viewCache.get(result);
	if (byWidth === undefined) {
		byWidth = new Map();
		viewCache.set(result, byWidth);
	}

	// Keyed by the language too: a view is words as well as data.
	const key = width * 1000 + languageVersion();
	let view = byWidth.get(key);
	if (view === undefined) {
		view = lookupView(state.index, result, width);
		byWidth.set(key, view);
	}

	return view;
}
