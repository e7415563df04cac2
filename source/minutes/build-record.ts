import type {DatasetIndex} from '../dataset/build-index.js';
import type {AgendaItem} from '../dataset/schema.js';
import {fairness} from '../journal/floor/fairness.js';
import type {FloorState} from '../journal/floor/floor-state.js';
import {localTime} from './local-time.js';
import {inMeeting, splitMeetings} from './meetings.js';
import {readableTitle} from './readable.js';
import type {RecordFacts} from './record-facts.js';
import {recordItem, type ItemContext} from './record-item.js';
import {sessionWords} from './record-words.js';
import type {SummaryRecord} from './summary-record.js';

/*
The summary record model from the dataset and the journal's facts: the
heading (body, session, meeting, dates and local times, chair), the table of
subjects, and each item in the order it was taken up (`current` entries), then
the items recorded on without being taken up, by their first entry. Pure and
deterministic: no clock, the time zone is an option.
*/

export type RecordOptions = {
	/** IANA zone the times are given in. */
	readonly timeZone: string;
	/** Only this meeting (from 1); the whole session when omitted. */
	readonly meeting?: number;
	/** Only this agenda item (its id). */
	readonly item?: string;
};

export type BuiltRecord = {readonly ok: true; readonly record: SummaryRecord} | {readonly ok: false; readonly message: string};

type Activity = {item: AgendaItem; takenUpAt: number | undefined; firstAt: number};

function activityOf(context: ItemContext, item: AgendaItem): Activity | undefined {
	const {facts, index} = context;
	const takenUp = facts.takenUp.find(entry => entry.item === item.id && context.isIn(entry.entryId, entry.at));
	const targets = [item.id, ...item.documents.flatMap(id => index.proposalsByDocument.get(id) ?? []).map(proposal => proposal.id)];
	const times: number[] = [];
	for (const statement of facts.statements) {
		if (statement.item === item.id && context.isIn(statement.entryId, statement.at)) {
			times.push(statement.at);
		}
	}

	for (const target of targets) {
		const decision = facts.decisions.get(target);
		if (decision !== undefined && context.isIn(decision.entryId, decision.at)) {
			times.push(decision.at);
		}

		for (const position of facts.positionsOn.get(target) ?? []) {
			if (position.recorded !== undefined && context.isIn(position.recorded.entryId, position.recorded.at)) {
				times.push(position.recorded.at);
			}
		}
	}

	for (const vote of facts.votes) {
		if (targets.includes(vote.target) && context.isIn(vote.entryId, vote.at)) {
			times.push(vote.at);
		}
	}

	if (takenUp === undefined && times.length === 0) {
		return undefined;
	}

	return {item, takenUpAt: takenUp?.at, firstAt: Math.min(takenUp?.at ?? Number.POSITIVE_INFINITY, ...times)};
}

/** Speaking time of the speeches in this record, as the floor counts it (fairness.ts); a speech going on counts to the journal's last entry, so the same journal gives the same record. */
function speakingTimeOf(index: DatasetIndex, facts: RecordFacts, isIn: (entryId: string, at: number) => boolean, last: number | undefined): SummaryRecord['speakingTime'] {
	const speeches = facts.speeches.filter(speech => isIn(speech.entryId, speech.start));
	if (speeches.length === 0) {
		return [];
	}

	const until = last ?? speeches.at(-1)!.start;
	return fairness({speeches} as unknown as FloorState, until).map(share => {
		const entity = index.entities.get(share.delegation);
		return {delegation: entity?.kind === 'delegation' ? entity.value.name : share.delegation, interventions: share.interventions, seconds: share.seconds};
	});
}

/**
Builds the summary record.

@example
```
const facts = factsFromJournal(index, entries, replay(index.dataset, entries), {skippedLines: problems.length});
const built = buildRecord(index, facts, {timeZone: 'Europe/Zurich', meeting: 1});
if (built.ok) io.stdout(recordMarkdown(built.record));
```
*/
export function buildRecord(index: DatasetIndex, facts: RecordFacts, options: RecordOptions): BuiltRecord {
	const {timeZone} = options;
	const meetings = splitMeetings(facts.entries, timeZone);
	const meeting = options.meeting === undefined ? undefined : meetings[options.meeting - 1];
	if (options.meeting !== undefined && meeting === undefined) {
		return {ok: false, message: `there is no meeting ${options.meeting}: the journal holds ${meetings.length} ${meetings.length === 1 ? 'meeting' : 'meetings'}`};
	}

	const isIn = (entryId: string, at: number) => inMeeting(meeting, entryId, at);
	const {dataset} = index;
	// The record is written in the session's language, whatever the reader's interface speaks.
	const words = sessionWords(dataset.session);
	const context: ItemContext = {index, facts, timeZone, isIn, words};
	const activities = dataset.agendaItems.flatMap(item => {
		const activity = activityOf(context, item);
		return activity === undefined ? [] : [activity];
	});
	// Taken up first, in the order taken up; then the others by their first entry (sort is stable: agenda order breaks ties).
	activities.sort((a, b) => {
		if (a.takenUpAt !== undefined && b.takenUpAt !== undefined) {
			return a.takenUpAt - b.takenUpAt;
		}

		if (a.takenUpAt !== undefined || b.takenUpAt !== undefined) {
			return a.takenUpAt === undefined ? 1 : -1;
		}

		return a.firstAt - b.firstAt;
	});
	const chosen = options.item === undefined
		? activities
		: dataset.agendaItems.filter(item => item.id === options.item).map(item => activities.find(activity => activity.item.id === item.id) ?? {item, takenUpAt: undefined, firstAt: 0});
	const items = chosen.map((activity, position) => recordItem(context, activity.item, position + 1, activity.takenUpAt));
	// For one item, the appendix lists only the entries behind its paragraphs and its taking up.
	const itemEntries = options.item === undefined ? undefined : new Set([
		...items.flatMap(item => item.paragraphs.flatMap(paragraph => paragraph.entries)),
		...facts.takenUp.filter(entry => entry.item === options.item).map(entry => entry.entryId),
	]);
	const covered = facts.entries.filter(entry => isIn(entry.id, entry.at));
	const audited = itemEntries === undefined ? covered : covered.filter(entry => itemEntries.has(entry.id));
	const first = covered[0];
	const last = covered.at(-1);
	const start = first === undefined ? undefined : localTime(Math.min(...covered.map(entry => entry.at)), timeZone);
	const end = last === undefined ? undefined : localTime(Math.max(...covered.map(entry => entry.at)), timeZone);
	const number = meeting?.number ?? (meetings.length === 1 ? 1 : undefined);
	const chair = covered.find(entry => entry.author.role === 'chair')?.author.name ?? null;
	const taken = new Set(chosen.map(activity => activity.item.id));
	const journalFirst = facts.entries[0];
	const journalLast = facts.entries.at(-1);
	return {
		ok: true,
		record: {
			format: 'council-summary-record',
			version: 2,
			draft: true,
			title: number === undefined ? words.say('minutes.title-session') : words.say('minutes.title-meeting', {ordinal: words.ordinal(number)}),
			event: {
				body: dataset.session.body,
				session: readableTitle(dataset.session.title),
				place: dataset.session.place ?? null,
				meeting: number ?? null,
				meetings: meetings.length,
				startDate: start?.date ?? null,
				endDate: end?.date ?? null,
				start: start?.iso ?? null,
				end: end?.iso ?? null,
				timeZone,
				chair,
			},
			subjects: items.map(item => ({order: item.order, number: item.number, title: item.title, documents: item.documents.map(document => document.label)})),
			items,
			speakingTime: speakingTimeOf(index, facts, isIn, journalLast?.at),
			notTakenUp: options.item === undefined ? dataset.agendaItems.filter(item => !taken.has(item.id)).map(item => `${item.number} ${readableTitle(item.title)}`) : [],
			audit: {
				journal: {
					entries: facts.entries.length,
					first: journalFirst === undefined ? null : localTime(journalFirst.at, timeZone).iso,
					last: journalLast === undefined ? null : localTime(journalLast.at, timeZone).iso,
					skippedLines: facts.skippedLines,
					ignoredEntries: facts.ignoredEntries,
				},
				entries: audited.map(entry => ({
					id: entry.id,
					time: localTime(entry.at, timeZone).iso,
					author: {name: entry.author.name, role: entry.author.role},
					kind: entry.kind,
					description: entry.description,
					inEffect: entry.inEffect,
				})),
			},
		},
	};
}
