import type {DatasetIndex} from '../dataset/build-index.js';
import {entityLabel} from '../dataset/labels.js';
import type {Dataset} from '../dataset/schema.js';
import {sanitizeLine} from '../text/sanitize.js';
import {actionKindWord, statusWord} from './status.js';

/*
The session as plain text: what `council` prints when its output is not a
terminal (`council | cat`, `council > agenda.txt`). One agenda item per block,
no colour, no width limit (a pager or a file wraps it). Entries that are not
from a source document say "(illustrative)" wherever they appear.
*/

const illustrativeMark = ' (illustrative)';

function mark(value: {readonly illustrative?: boolean | undefined}): string {
	return value.illustrative === true ? illustrativeMark : '';
}

function sessionDates(session: Dataset['session']): string | undefined {
	if (session.start === undefined) {
		return undefined;
	}

	return session.end === undefined || session.end === session.start ? session.start : `${session.start} to ${session.end}`;
}

export function sessionSummary(dataset: Dataset, index: DatasetIndex): string {
	const {session} = dataset;
	const where = [sessionDates(session), session.place].filter((part): part is string => part !== undefined && part !== '');
	const lines = [
		`${session.body}: ${session.title}${mark(session)}`,
		...(where.length > 0 ? [where.join(', ')] : []),
		...(session.note === undefined ? [] : [`Note: ${session.note}`]),
		'',
		`Agenda (${dataset.agendaItems.length} ${dataset.agendaItems.length === 1 ? 'item' : 'items'})`,
	];

	for (const item of dataset.agendaItems) {
		lines.push(
			'',
			`${item.number}  ${item.title}${mark(item)}`,
			`    action: ${actionKindWord[item.action.kind]}  ·  status: ${statusWord[item.status]}`,
			`    asked: ${item.action.wording}`,
		);
		for (const documentId of item.documents) {
			const entity = index.entities.get(documentId);
			if (entity?.kind !== 'document') {
				continue;
			}

			const document = entity.value;
			const title = document.title === undefined || entityLabel(entity, index.entities).includes(document.title) ? '' : `: ${document.title}`;
			const label = entityLabel(entity, index.entities);
			lines.push(`    document: ${label}${title}${mark(document)}`);
			if (!label.includes(document.submittedBy.wording)) {
				lines.push(`      from: ${document.submittedBy.wording}`);
			}
		}
	}

	// The data was sanitized at load; lines are sanitized again because this is the last step before a terminal.
	return `${lines.map(line => sanitizeLine(line)).join('\n')}\n`;
}
