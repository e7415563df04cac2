import {paneSizeLimits, themes} from '../../settings/choices.js';
import type {Theme} from '../../settings/schema.js';
import {computeLayout, defaultPaneSizes, type Layout, type PaneSizes} from '../../state/layout.js';
import type {State} from '../../state/state.js';

/*
The pane-size and theme keys (<, >, +, -, =, T): pure changes of the state's
preferences. The app saves them (settings/use-save-settings.ts).
*/

const step = 5;
// The schema's own limits (settings/choices.ts), so the keys and the settings file agree.
const limits = {
	agendaWidth: {low: paneSizeLimits.agendaWidth.min, high: paneSizeLimits.agendaWidth.max},
	positionsHeight: {low: paneSizeLimits.positionsHeight.min, high: paneSizeLimits.positionsHeight.max},
} as const;

type Field = keyof PaneSizes;

function layoutFor(state: State, panes: PaneSizes): Layout {
	return computeLayout(state.size, state.index.dataset.agendaItems.length, panes);
}

function isSameSplit(a: Layout, b: Layout): boolean {
	return a.mode !== 'full' || b.mode !== 'full' || (a.agendaRows === b.agendaRows && a.positionsRows === b.positionsRows);
}

const words: Record<Field, {readonly more: string; readonly less: string}> = {
	agendaWidth: {more: 'The agenda is as large as this terminal allows', less: 'The agenda is as small as it can be'},
	positionsHeight: {more: 'The positions pane is as tall as this terminal allows', less: 'The positions pane is as short as it can be'},
};

/**
Grows or shrinks one pane by 5% steps, within the settings' limits (20-80%),
until a row actually moves: a step the terminal cannot show is not taken, and
the footer says why. The compact layout (below 80x24) does not use the sizes.
*/
export function resizePane(state: State, field: Field, direction: 1 | -1): State {
	const before = layoutFor(state, state.panes);
	if (before.mode !== 'full') {
		return {...state, notice: 'Pane sizes apply from 80x24 up'};
	}

	const {low, high} = limits[field];
	let value = state.panes[field];
	for (;;) {
		const next = Math.max(low, Math.min(high, value + direction * step));
		if (next === value) {
			return {...state, notice: direction > 0 ? words[field].more : words[field].less};
		}

		value = next;
		const panes = {...state.panes, [field]: value};
		if (!isSameSplit(before, layoutFor(state, panes))) {
			return {...state, panes};
		}
	}
}

export function resetPanes(state: State): State {
	return {...state, panes: defaultPaneSizes, notice: 'Pane sizes back to the defaults'};
}

export function cycleTheme(state: State): State {
	const theme: Theme = themes[(themes.indexOf(state.theme) + 1) % themes.length] ?? 'default';
	return {...state, theme, notice: `Theme: ${theme}`};
}
