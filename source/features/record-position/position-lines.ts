import type {DatasetIndex} from '../../dataset/build-index.js';
import {stances} from '../../dataset/schema.js';
import {segment, type Line} from '../../format/line.js';
import {stanceLabel} from '../../format/status.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {choiceLine, textLines} from '../recording/form-lines.js';
import {offeredAddition, positionMatches, type PositionForm} from './position-form.js';

export const positionTitle = (form: PositionForm) => `Position on ${form.label}`;

export function positionLines(index: DatasetIndex, form: PositionForm, width: number, rows: number): Line[] {
	const lines: Line[] = [];
	const delegationName = form.delegation === undefined ? undefined : index.entities.get(form.delegation);
	const name = delegationName?.kind === 'delegation' ? sanitizeLine(delegationName.value.name) : (form.addedName === undefined ? form.delegation : sanitizeLine(form.addedName));
	if (form.step === 'delegation') {
		lines.push([segment('> Delegation (type part of its name, any language; ↑/↓, Enter):', 'heading')], ...textLines(form.query, width, true));
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
			lines.push([segment(`    No delegation matches “${sanitizeLine(form.query.text)}”`, 'notice')]);
		}

		if (offered !== undefined) {
			const isChosen = form.match === matches.length;
			lines.push([segment(isChosen ? '  > ' : '    '), segment(`+ Enter: add “${sanitizeLine(offered)}” as a new delegation`, isChosen ? 'current' : 'dim'), segment(isChosen ? ' (recorded in the journal for every screen)' : '', 'dim')]);
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
