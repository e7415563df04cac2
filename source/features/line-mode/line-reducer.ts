import {createEditor} from '../../state/editor.js';
import {selectItemById} from '../../state/selection.js';
import {topOverlay, type Intent, type State} from '../../state/state.js';
import {draftOfEvent} from '../../journal/floor/floor-payloads.js';
import {describeFloorEvent, floorLabels} from '../../journal/floor/floor-words.js';
import {t} from '../../i18n/translate.js';
import {checked, floorOverlay} from '../floor/floor-overlay.js';
import {floorItemOf} from '../floor/floor-reducer.js';
import {floorWorld} from '../floor/floor-world.js';
import {reducer} from '../reducer.js';
import {settle} from '../settle.js';
import type {LineAction} from './line-actions.js';

/* The dashboard's reducer, plus line mode's own actions (line-actions.ts). */

/** As the floor's Enter does: the event checked against the floor's rules, then queued for the journal. */
function giveFloor(state: State, delegation: string): State {
	if (state.role === undefined || state.role === 'viewer') {
		return {...state, notice: state.role === undefined ? t('notice.no-journal-to-record') : t('notice.viewer-refused')};
	}

	const item = floorItemOf(state);
	if (item === undefined) {
		return {...state, notice: t('line.floor-no-item')};
	}

	const step = checked(floorOverlay(item), floorWorld(state), {type: 'give', item, delegation});
	if (step.event === undefined) {
		return {...state, notice: step.notice};
	}

	const intent: Intent = {kind: 'record', draft: draftOfEvent(step.event), what: describeFloorEvent(step.event, floorLabels(state.index))};
	return {...state, outbox: [...state.outbox, intent]};
}

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

		case 'floor-give': {
			return settle(giveFloor({...state, notice: undefined}, action.delegation));
		}

		case 'drop-forms': {
			const overlays = state.overlays.filter(overlay => overlay.kind !== 'record' && overlay.kind !== 'floor');
			return overlays.length === state.overlays.length ? state : {...state, overlays};
		}

		default: {
			return reducer(state, action);
		}
	}
}
