import type {LookupResult} from '../../dataset/lookup.js';
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

	let view = byWidth.get(width);
	if (view === undefined) {
		view = lookupView(state.index, result, width);
		byWidth.set(width, view);
	}

	return view;
}
