import {createEditor} from '../../state/editor.js';
import {selectItemById} from '../../state/selection.js';
import {topOverlay, type State} from '../../state/state.js';
import {reducer} from '../reducer.js';
import {settle} from '../settle.js';
import type {LineAction} from './line-actions.js';

/* The dashboard's reducer, plus line mode's three actions (line-actions.ts). */

export function lineReducer(state: State, action: LineAction): State {
	switch (action.type) {
		case 'select-item': {
			return settle({...selectItemById({...state, notice: undefined}, action.item, {isJump: false}), focus: 'agenda'});
		}

		case 'set-decision-text': {
			const top = topOverlay(state);
			if (top?.kind !== 'record' || top.form.kind !== 'decision') {
				return state;
			}

			const form = {...top.form, editor: createEditor(action.text)};
			return {...state, overlays: [...state.overlays.slice(0, -1), {kind: 'record', form}]};
		}

		case 'drop-forms': {
			const overlays = state.overlays.filter(overlay => overlay.kind !== 'record');
			return overlays.length === state.overlays.length ? state : {...state, overlays};
		}

		default: {
			return reducer(state, action);
		}
	}
}
