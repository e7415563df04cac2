import type {DatasetIndex} from '../dataset/build-index.js';
import {itemStatuses, stances} from '../dataset/schema.js';
import {outcomes} from '../journal/schema.js';
import {editorLines, type Editor} from '../state/editor.js';
import {positionMatches, type RecordingForm} from '../state/recording.js';
import {sanitizeLine} from '../text/sanitize.js';
import {segment, titleRule, type Line} from './line.js';
import {displayWidth as cellWidth, wrap as wrapText} from '../text/width.js';
import {stanceLabel, statusLabel} from './status.js';

/*
A recording form as screen lines: a pure function of the form, like every
other pane. The cursor of a text is drawn as a block (the terminal's own cursor
is hidden while the dashboard runs), and the text is wrapped to the width so a
long decision stays on screen.
*/

const cursor = '█';

/** The text with its cursor, wrapped; the lines hold the block wherever it falls. */
function textLines(editor: Editor, width: number, hasCursor: boolean): Line[] {
	const lines: Line[] = [];
	for (const row of editorLines(editor)) {
		const text = row.hasCursor && hasCursor ? `${row.before}${cursor}${row.after}` : `${row.before}${row.after}`;
		const wrapped = text === '' ? [''] : wrapText(text, Math.max(10, width - 4));
		for (const part of wrapped) {
			lines.push([segment(`    ${part}`)]);
		}
	}

	return lines;
}

function phaseLine(form: RecordingForm): Line {
	if (form.kind === 'decision' && form.isConfirmingCancel) {
		return [segment('  Discard the changed decision? y/n', 'notice')];
	}

	switch (form.phase.kind) {
		case 'saving': {
			return [segment('  saving…', 'notice')];
		}

		case 'failed': {
			return [segment(`  Not saved: ${form.phase.message} (what you typed is kept; Ctrl+S tries again)`, 'error')];
		}

		case 'editing': {
			// The undo form asks a question: y/n is its way to save or not.
			return [segment(form.kind === 'undo' ? '  y records the undo · n or Esc keeps everything as it is' : '  Ctrl+S saves · Esc cancels', 'dim')];
		}
	}
}

function choiceLine(label: string, isChosen: boolean, number: number): Line {
	return [segment(isChosen ? '  > ' : '    '), segment(`${number} `, 'key'), segment(label, isChosen ? 'current' : undefined)];
}

function bodyLines(index: DatasetIndex, form: RecordingForm, width: number, rows: number): Line[] {
	switch (form.kind) {
		case 'decision': {
			const isOutcome = form.field === 'outcome';
			const choices = outcomes.map((outcome, position) => {
				// The short words, so all eight fit in 80 columns; the notice and minutes use the long ones.
				const word = `${position + 1} ${outcome}`;
				return segment(outcome === form.outcome ? `[${word}]` : ` ${word} `, outcome === form.outcome ? 'current' : 'dim');
			});
			// Eight choices take 84 columns: below that, two rows of four.
			const isOneRow = 4 + choices.reduce((sum, choice) => sum + cellWidth(choice.text), 0) <= width;
			const choiceRows: Line[] = isOneRow ? [[segment('    '), ...choices]] : [[segment('    '), ...choices.slice(0, 4)], [segment('    '), ...choices.slice(4)]];
			return [
				[segment(isOutcome ? '> Outcome (←/→, 1-8, Tab to the text):' : '  Outcome (Tab to change):', 'heading')],
				...choiceRows,
				[segment(isOutcome ? '  Text (Tab to edit):' : '> Text (Enter: new line):', 'heading')],
				...textLines(form.editor, width, !isOutcome),
			];
		}

		case 'status': {
			return [
				[segment('  Status (↑/↓ or 1-4, Enter saves):', 'heading')],
				...itemStatuses.map((status, position) => choiceLine(statusLabel(status), status === form.choice, position + 1)),
			];
		}

		case 'position': {
			const lines: Line[] = [];
			const delegationName = form.delegation === undefined ? undefined : index.entities.get(form.delegation);
			const name = delegationName?.kind === 'delegation' ? sanitizeLine(delegationName.value.name) : form.delegation;
			if (form.step === 'delegation') {
				lines.push([segment('> Delegation (type part of its name, any language; ↑/↓, Enter):', 'heading')], [segment(`    ${form.query}${cursor}`)]);
				const matches = positionMatches(index, form);
				const room = Math.max(1, rows - 4);
				const first = Math.max(0, Math.min(form.match - room + 1, matches.length - room));
				for (const [offset, delegation] of matches.slice(first, first + room).entries()) {
					const isChosen = first + offset === form.match;
					const others = Object.values(delegation.names ?? {}).filter(other => other !== delegation.name).slice(0, 2).join(' · ');
					lines.push([segment(isChosen ? '  > ' : '    '), segment(sanitizeLine(delegation.name), isChosen ? 'current' : undefined), segment(others === '' ? '' : `  ${sanitizeLine(others)}`, 'dim')]);
				}

				if (matches.length === 0) {
					lines.push([segment(`    No delegation matches “${form.query}”`, 'notice')]);
				}

				return lines;
			}

			lines.push([segment(`  Delegation: ${name ?? ''}`, 'heading')]);
			if (form.step === 'stance') {
				lines.push(
					[segment('> Stance (↑/↓, 1-5 or its first letter; Enter):', 'heading')],
					...stances.map((stance, position) => choiceLine(stanceLabel(stance), stance === form.stance, position + 1)),
				);
				return lines;
			}

			lines.push(
				[segment(`  Stance: ${stanceLabel(form.stance)}`, 'heading')],
				[segment('> Note (optional; Enter or Ctrl+S saves):', 'heading')],
				...textLines(form.note, width, true),
			);
			return lines;
		}

		case 'undo': {
			return [[segment(`  Undo: ${form.description}? y/n`, 'notice')], [segment('  (an undo entry is recorded; the history is kept)', 'dim')]];
		}
	}
}

function titleOf(form: RecordingForm): string {
	switch (form.kind) {
		case 'decision': {
			return `Decision on ${form.label}`;
		}

		case 'status': {
			return `Status of ${form.label}`;
		}

		case 'position': {
			return `Position on ${form.label}`;
		}

		case 'undo': {
			return 'Undo the last entry';
		}
	}
}

/** The form's lines, at most `rows` below its title; the last line says whether it is saving, saved or failed. */
export function recordLines(index: DatasetIndex, form: RecordingForm, width: number, rows: number): Line[] {
	const body = bodyLines(index, form, width, rows);
	const status = phaseLine(form);
	// The status line always shows: it is the only place "saving…" and errors appear.
	// A text longer than the room scrolls so the line with the cursor stays in view.
	const room = Math.max(0, rows - 1);
	const cursorRow = body.findLastIndex(line => line.some(part => part.text.includes(cursor)));
	const first = cursorRow < room ? 0 : cursorRow - room + 1;
	const kept = body.slice(first, first + room);
	return [titleRule(titleOf(form), width, true), ...kept, status];
}
