import {segment, type Line} from '../../format/line.js';
import {outcomes} from '../../journal/schema.js';
import {displayWidth as cellWidth} from '../../text/width.js';
import {textLines} from '../recording/form-lines.js';
import type {DecisionForm} from './decision-form.js';

export const decisionTitle = (form: DecisionForm) => `Decision on ${form.label}`;

export function decisionLines(form: DecisionForm, width: number): Line[] {
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
