import {segment, type Line} from '../../format/line.js';
import type {UndoForm} from './undo-form.js';

export const undoTitle = () => 'Undo the last entry';

export function undoLines(form: UndoForm): Line[] {
	return [[segment(`  Undo: ${form.description}? y/n`, 'notice')], [segment('  (an undo entry is recorded; the history is kept)', 'dim')]];
}
