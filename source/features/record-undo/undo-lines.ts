import {segment, type Line} from '../../format/line.js';
import {t} from '../../i18n/translate.js';
import type {UndoForm} from './undo-form.js';

export const undoTitle = () => t('form.undo-title');

export function undoLines(form: UndoForm): Line[] {
	return [[segment(`  ${t('form.undo-question', {what: form.description})}`, 'notice')], [segment(`  ${t('form.undo-note')}`, 'dim')]];
}
