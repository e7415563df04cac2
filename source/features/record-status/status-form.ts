import {itemStatuses} from '../../dataset/vocabulary.js';
import type {ItemStatus} from '../../dataset/schema.js';
import {t} from '../../i18n/translate.js';
import {statusOf} from '../../state/selectors.js';
import {selectedItem, type State} from '../../state/state.js';
import {cycle, editing, saving, withForm, type Phase, type Step} from '../recording/form-parts.js';
import {shortTargetLabel} from '../recording/target.js';

/* `s`: an agenda item's status, one of four. */

export type StatusForm = {
	readonly kind: 'status';
	readonly item: string;
	readonly label: string;
	readonly choice: ItemStatus;
	readonly phase: Phase;
};

export function statusForm(item: string, label: string, current: ItemStatus): StatusForm {
	return {kind: 'status', item, label, choice: current, phase: editing};
}

export function statusFormFor(state: State): StatusForm | string {
	const item = selectedItem(state);
	return item === undefined ? t('notice.no-item-selected') : statusForm(item.id, shortTargetLabel(state.index, item.id), statusOf(state.records, item));
}

export function saveStatus(form: StatusForm): Step<StatusForm> {
	return {kind: 'save', form: {...form, phase: saving}, draft: {kind: 'status', payload: {item: form.item, status: form.choice}}};
}

export function statusKey(form: StatusForm, key: string): Step<StatusForm> {
	if (key === 'up' || key === 'k' || key === 'left') {
		return withForm({...form, choice: cycle(itemStatuses, form.choice, -1)});
	}

	if (key === 'down' || key === 'j' || key === 'right') {
		return withForm({...form, choice: cycle(itemStatuses, form.choice, 1)});
	}

	if (key === 'return') {
		return saveStatus(form);
	}

	const picked = /^[1-4]$/.test(key) ? itemStatuses[Number(key) - 1] : undefined;
	return picked === undefined ? withForm(form) : withForm({...form, choice: picked});
}
