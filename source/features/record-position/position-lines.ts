import type {DatasetIndex} from '../../dataset/build-index.js';
import {t} from '../../i18n/translate.js';
import {stances} from '../../dataset/vocabulary.js';
import {segment, type Line} from '../../format/line.js';
import {stanceLabel} from '../../format/status.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {choiceLine, textLines} from '../recording/form-lines.js';
import {offeredAddition, positionMatches, type PositionForm} from './position-form.js';

export const positionTitle = (form: PositionForm) => t('form.position-title', {target: form.label});

export function positionLines(index: DatasetIndex, form: PositionForm, width: number, rows: number): Line[] {
	const lines: Line[] = [];
	const delegationName = form.delegation === undefined ? undefined : index.entities.get(form.delegation);
	const name = delegationName?.kind === 'delegation' ? sanitizeLine(delegationName.value.name) : (form.addedName === undefined ? form.delegation : sanitizeLine(form.addedName));
	if (form.step === 'delegation') {
		lines.push([segment(`> ${t('form.delegation-prompt')}`, 'heading')], ...textLines(form.query, width, true));
		const matches = positionMatches(index, form);
		const room = Math.max(1, rows - 4);
		const first = Math.max(0, Math.min(form.match - room + 1, matches.length - room));
		for (const [offset, delegation] of matches.slice(first, first + room).entries()) {
			const isChosen = first + offset === form.match;
			const others = Object.values(delegation.names ?? {}).filter(other => other !== delegation.name).slice(0, 2).join(' · ');
			lines.push([segment(isChosen ? '  > ' : '    '), segment(sanitizeLine(delegation.name), isChosen ? 'current' : undefined), segment(others === '' ? '' : `  ${sanitizeLine(others)}`, 'dim')]);
		}

		const offered = offeredAddition(index, form);
		if (matches.length === 0) {
			lines.push([segment(`    ${t('form.no-delegation', {query: sanitizeLine(form.query.text)})}`, 'notice')]);
		}

		if (offered !== undefined) {
			const isChosen = form.match === matches.length;
			lines.push([segment(isChosen ? '  > ' : '    '), segment(`+ ${t('form.add-delegation', {name: sanitizeLine(offered)})}`, isChosen ? 'current' : 'dim'), segment(isChosen ? ` ${t('form.add-delegation-note')}` : '', 'dim')]);
		}

		return lines;
	}

	lines.push([segment(`  ${t('form.delegation', {name: name ?? ''})}`, 'heading')]);
	if (form.step === 'stance') {
		lines.push(
			[segment(`> ${t('form.stance-prompt')}`, 'heading')],
			...stances.map((stance, position) => choiceLine(stanceLabel(stance), stance === form.stance, position + 1)),
		);
		return lines;
	}

	lines.push(
		[segment(`  ${t('form.stance', {stance: stanceLabel(form.stance)})}`, 'heading')],
		[segment(`> ${t('form.note-prompt')}`, 'heading')],
		...textLines(form.note, width, true),
	);
	return lines;
}
