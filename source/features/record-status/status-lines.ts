import {itemStatuses} from '../../dataset/vocabulary.js';
import {t} from '../../i18n/translate.js';
import {segment, type Line} from '../../format/line.js';
import {statusLabel} from '../../format/status.js';
import {choiceLine} from '../recording/form-lines.js';
import type {StatusForm} from './status-form.js';

export const statusTitle = (form: StatusForm) => t('form.status-title', {target: form.label});

export function statusLines(form: StatusForm): Line[] {
	return [
		[segment(`  ${t('form.status-prompt')}`, 'heading')],
		...itemStatuses.map((status, position) => choiceLine(statusLabel(status), status === form.choice, position + 1)),
	];
}
