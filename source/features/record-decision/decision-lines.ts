import {segment, type Line} from '../../format/line.js';
import {decisionOutcomeWords} from '../../format/status.js';
import {t} from '../../i18n/translate.js';
import {outcomes} from '../../journal/schema.js';
import {displayWidth as cellWidth} from '../../text/width.js';
import {formatHourMinute, zoneLabel} from '../../format/time.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {textLines} from '../recording/form-lines.js';
import {chosenOutcomes, type DecisionForm} from './decision-form.js';

export const decisionTitle = (form: DecisionForm) => t('form.decision-title', {target: form.label});

/** A decision already recorded: what it says and when, and that saving amends it (issue 8 item 19). */
function recordedLines(form: DecisionForm): Line[] {
	if (form.recorded === undefined) {
		return [];
	}

	const at = formatHourMinute(form.recorded.at);
	return [
		[segment(`  ${t('form.recorded-at', {at, zone: zoneLabel(form.recorded.at), outcome: decisionOutcomeWords(form.recorded), text: sanitizeLine(form.recorded.text)})}`, 'decided')],
		[segment(`  ${t('form.amends', {at})}`, 'notice')],
	];
}

export function decisionLines(form: DecisionForm, width: number): Line[] {
	const isOutcome = form.field === 'outcome';
	const choices = outcomes.map((outcome, position) => {
		// The short words, so all eight fit in 80 columns; the notice and minutes use the long ones. A marked one carries "+".
		const mark = form.marked.includes(outcome) ? '+' : ' ';
		const word = `${position + 1} ${outcome}`;
		return segment(outcome === form.outcome ? `[${word}]` : `${mark}${word} `, outcome === form.outcome || mark === '+' ? 'current' : 'dim');
	});
	// Eight choices take 84 columns: below that, two rows of four.
	const isOneRow = 4 + choices.reduce((sum, choice) => sum + cellWidth(choice.text), 0) <= width;
	const choiceRows: Line[] = isOneRow ? [[segment('    '), ...choices]] : [[segment('    '), ...choices.slice(0, 4)], [segment('    '), ...choices.slice(4)]];
	const chosen = chosenOutcomes(form);
	const several = chosen.length > 1 ? [[segment(`    ${t('form.outcomes', {outcomes: chosen.join(' + ')})}`, 'current')]] : [];
	const isNumber = form.field === 'number';
	return [
		...recordedLines(form),
		[segment(isOutcome ? `> ${t('form.outcome-editing')}` : `  ${t('form.outcome')}`, 'heading')],
		...choiceRows,
		...several,
		[segment(form.field === 'text' ? `> ${t('form.text-editing')}` : `  ${t('form.text')}`, 'heading')],
		...textLines(form.editor, width, form.field === 'text'),
		[segment(isNumber ? `> ${t('form.number-editing')}` : `  ${t('form.number')}`, 'heading')],
		...textLines(form.number, width, isNumber),
	];
}
