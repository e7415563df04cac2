import type {Dataset, Delegation} from '../dataset/schema.js';
import {t, tLine} from '../i18n/translate.js';
import type {SessionDates} from './dates.js';
import {checked, type Plan} from './plan.js';

/*
`council new`: a dataset with a session frame, the Member States and nothing
else (no items, documents or positions yet). Pure: the session id, the Member
States and their source are given.
*/

export type NewDatasetOptions = {
	readonly sessionId: string;
	readonly title: string;
	readonly body: string;
	readonly place?: string | undefined;
	readonly dates?: SessionDates | undefined;
	readonly delegations: readonly Delegation[];
	readonly memberStatesSource: string;
};

export function planNewDataset(options: NewDatasetOptions): Plan {
	const dataset: Dataset = {
		formatVersion: 1,
		session: {
			id: options.sessionId,
			body: options.body,
			title: options.title,
			...(options.dates === undefined ? {} : {start: options.dates.start, end: options.dates.end}),
			...(options.place === undefined ? {} : {place: options.place}),
		},
		agendaItems: [],
		documents: [],
		instruments: [],
		resolutions: [],
		reports: [],
		proposals: [],
		principles: [],
		delegations: [...options.delegations],
		memberStatesSource: options.memberStatesSource,
		positions: [],
	};
	const dates = options.dates === undefined ? '' : `, ${t('cli.prepare.date-range', {start: options.dates.start, end: options.dates.end})}`;
	return checked(dataset, [
		tLine('cli.prepare.new-session', {id: options.sessionId, frame: `${options.body}, "${options.title}"${options.place === undefined ? '' : `, ${options.place}`}${dates}`}),
		t('cli.prepare.member-states', {count: options.delegations.length}),
	]);
}
