import {closeTop, pushOverlay} from '../../state/overlays.js';
import {topOfList, topOverlay, type State} from '../../state/state.js';

/** `?` opens the keys (generated from the keymap table, help-lines.ts); `?` again closes them. */
export function toggleHelp(state: State): State {
	return topOverlay(state)?.kind === 'help' ? closeTop(state) : pushOverlay(state, {kind: 'help', list: topOfList});
}
