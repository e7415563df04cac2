import {itemStatuses} from '../../dataset/schema.js';
import {segment, type Line} from '../../format/line.js';
import {statusLabel} from '../../format/status.js';
import {choiceLine} from '../recording/form-lines.js';
import type {StatusForm} from './status-form.js';

export const statusTitle = (form: StatusForm) => `Status of ${form.label}`;

export function statusLines(form: StatusForm): Line[] {
	return [
		[segment('  Status (↑/↓ or 1-4, Enter saves):', 'heading')],
		...itemStatuses.map((status, position) => choiceLine(statusLabel(status), status === form.choice, position + 1)),
	];
}
