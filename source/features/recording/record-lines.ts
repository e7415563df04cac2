import type {DatasetIndex} from '../../dataset/build-index.js';
import {t} from '../../i18n/translate.js';
import {segment, titleRule, type Line} from '../../format/line.js';
import {decisionLines, decisionTitle} from '../record-decision/decision-lines.js';
import {positionLines, positionTitle} from '../record-position/position-lines.js';
import {statusLines, statusTitle} from '../record-status/status-lines.js';
import {undoLines, undoTitle} from '../record-undo/undo-lines.js';
import {voteLines, voteTitle} from '../record-vote/vote-lines.js';
import {cursor} from './form-lines.js';
import type {RecordingForm} from './forms.js';

/* A recording form as screen lines: a pure function of the form, like every other pane. */

function phaseLine(form: RecordingForm): Line {
	if (form.kind === 'decision' && form.isConfirmingCancel) {
		return [segment(`  ${t('form.discard')}`, 'notice')];
	}

	switch (form.phase.kind) {
		case 'saving': {
			return [segment(`  ${t('form.saving')}`, 'notice')];
		}

		case 'failed': {
			return [segment(`  ${t('form.not-saved', {reason: form.phase.message})}`, 'error')];
		}

		case 'editing': {
			// The undo form asks a question: y/n is its way to save or not.
			return [segment(`  ${form.kind === 'undo' ? t('form.undo-hint') : t('form.save-hint')}`, 'dim')];
		}
	}
}

function bodyAndTitle(index: DatasetIndex, form: RecordingForm, width: number, rows: number): {readonly title: string; readonly body: Line[]} {
	switch (form.kind) {
		case 'decision': {
			return {title: decisionTitle(form), body: decisionLines(form, width)};
		}

		case 'status': {
			return {title: statusTitle(form), body: statusLines(form)};
		}

		case 'position': {
			return {title: positionTitle(form), body: positionLines(index, form, width, rows)};
		}

		case 'undo': {
			return {title: undoTitle(), body: undoLines(form)};
		}

		case 'vote': {
			return {title: voteTitle(form), body: voteLines(form, width, rows)};
		}
	}
}

/** The form's lines, at most `rows` below its title; the last line says whether it is saving, saved or failed. */
export function recordLines(index: DatasetIndex, form: RecordingForm, width: number, rows: number): Line[] {
	const {title, body} = bodyAndTitle(index, form, width, rows);
	const status = phaseLine(form);
	// The status line always shows: it is the only place "saving…" and errors appear.
	// A text longer than the room scrolls so the line with the cursor stays in view.
	const room = Math.max(0, rows - 1);
	const cursorRow = body.findLastIndex(line => line.some(part => part.text.includes(cursor)));
	const first = cursorRow < room ? 0 : cursorRow - room + 1;
	const kept = body.slice(first, first + room);
	return [titleRule(title, width, true), ...kept, status];
}
