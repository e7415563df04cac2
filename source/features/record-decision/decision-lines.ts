import {segment, type Line} from '../../format/line.js';
import {decisionOutcomeWords} from '../../format/status.js';
import {t} from '../../i18n/translate.js';
import {outcomeKinds} from '../../outcomes/outcome-kinds.js';
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
	const choices = outcomeKinds.map((outcome, position) => {
		// The short words, typed as on the command line; 1-9 pick the first nine, a first letter any, ←/→ all twelve. A marked one carries "+".
		const mark = form.marked.includes(outcome) ? '+' : ' ';
		const word = position < 9 ? `${position + 1} ${outcome}` : outcome;
		return segment(outcome === form.outcome ? `[${word}]` : `${mark}${word} `, outcome === form.outcome || mark === '+' ? 'current' : 'dim');
	});
	// As many choices to a row as fit (after the indent), rows of equal count: eight fit in 84 columns, twelve in three rows of four at 80.
	const choiceRows: Line[] = [];
	const perRow = [12, 6, 4, 3, 2, 1].find(count => {
		for (let start = 0; start < choices.length; start += count) {
			if (4 + choices.slice(start, start + count).reduce((sum, choice) => sum + cellWidth(choice.text), 0) > width) {
				return false;
			}
		}

		return true;
	}) ?? 1;
	for (let start = 0; start < choices.length; start += perRow) {
		choiceRows.push([segment('    '), ...choices.slice(start, start + perRow)]);
	}

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
