import type {DatasetIndex} from '../dataset/build-index.js';
import {neutralWords, shownWords} from '../i18n/words/words.js';
import {describeEntry, shortTime, targetLabel} from '../journal/describe.js';
import {entryById, type JournalRecords} from '../journal/replay.js';
import type {DecisionEntry, JournalEntry} from '../journal/schema.js';
import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import {isSameNumber, parseCouncilNumber} from './council-number.js';
import {t} from '../i18n/translate.js';
import {outcomeKeys} from '../journal/entry-kinds/outcome-words.js';
import {displayWidth} from '../text/width.js';
import type {DecisionOutcome} from './outcome-kinds.js';

/*
`council lookup "Decision 650" --journal J`: the decision the Council numbered,
found among the decisions in effect in the journal, with what it decided on,
its outcomes and text, who recorded it and when, and the decisions it amended.
*/

export type FoundDecision = {
	readonly entry: DecisionEntry;
	readonly outcomes: readonly DecisionOutcome[];
	/** Earlier decision entries on the same target that this one amended, oldest first. */
	readonly amended: readonly DecisionEntry[];
};

/** The decisions in effect whose number the query names (none when it is not a Council number). */
export function findNumberedDecisions(records: JournalRecords, query: string): FoundDecision[] {
	const wanted = parseCouncilNumber(query);
	if (wanted === undefined) {
		return [];
	}

	const found: FoundDecision[] = [];
	for (const decision of records.decisions.values()) {
		const entry = entryById(records, decision.entryId);
		if (entry?.kind !== 'decision' || entry.payload.number === undefined) {
			continue;
		}

		const recorded = parseCouncilNumber(entry.payload.number);
		if (recorded !== undefined && isSameNumber(wanted, recorded)) {
			found.push({entry, outcomes: entry.payload.outcomes ?? [{kind: entry.payload.outcome}], amended: amendedBy(records, entry)});
		}
	}

	return found.sort((a, b) => (a.entry.id < b.entry.id ? -1 : 1));
}

function amendedBy(records: JournalRecords, entry: DecisionEntry): DecisionEntry[] {
	const chain: DecisionEntry[] = [];
	const seen = new Set<string>([entry.id]);
	let next = entry.payload.amends;
	while (next !== undefined && !seen.has(next)) {
		seen.add(next);
		const earlier: JournalEntry | undefined = entryById(records, next);
		if (earlier?.kind !== 'decision') {
			break;
		}

		chain.unshift(earlier);
		next = earlier.payload.amends;
	}

	return chain;
}

const outcomeText = (outcome: DecisionOutcome) => (outcome.on === undefined ? t(outcomeKeys[outcome.kind]) : `${t(outcomeKeys[outcome.kind])} ${sanitizeLine(outcome.on)}`);

/** The decisions found, as `council lookup` prints them, in the interface's language (the data as written). */
export function numberedDecisionsText(index: DatasetIndex, found: readonly FoundDecision[]): string {
	const lines: string[] = [];
	const textHead = `  ${t('cli.lookup.decision-text')} `;
	// The text's later lines start under its first.
	const textIndent = ' '.repeat(displayWidth(textHead));
	for (const {entry, outcomes, amended} of found) {
		lines.push(
			t('cli.lookup.numbered-decision', {number: sanitizeLine(entry.payload.number ?? ''), target: targetLabel(index, entry.payload.target)}),
			`  ${t('cli.lookup.outcomes', {outcomes: outcomes.map(outcome => outcomeText(outcome)).join('; ')})}`,
			...(entry.payload.text.trim() === '' ? [] : sanitizeText(entry.payload.text).trim().split('\n').map((line, position) => `${position === 0 ? textHead : textIndent}${line.trim()}`)),
			`  ${t('cli.lookup.recorded', {time: shortTime(entry.time), name: sanitizeLine(entry.author.name), role: t(`describe.role.${entry.author.role}`), entry: entry.id})}`,
			...amended.map(earlier => `  ${t('cli.lookup.amends', {what: describeEntry(earlier, index, undefined, shownWords), entry: earlier.id})}`),
		);
	}

	return `${lines.join('\n')}\n`;
}

/** The decisions found in the lookup's JSON shape (result "found", entity kind "decision"). */
export function numberedDecisionsJson(index: DatasetIndex, query: string, found: readonly FoundDecision[]): unknown {
	const [first] = found;
	const data = (decision: FoundDecision) => ({
		number: decision.entry.payload.number,
		target: decision.entry.payload.target,
		// The catalogue's English: JSON is the same in every language.
		targetLabel: targetLabel(index, decision.entry.payload.target, neutralWords),
		outcomes: decision.outcomes,
		text: decision.entry.payload.text,
		time: decision.entry.time,
		author: decision.entry.author,
		entry: decision.entry.id,
		amends: decision.amended.map(earlier => earlier.id),
	});
	const ref = (decision: FoundDecision) => ({id: decision.entry.id, kind: 'decision', label: decision.entry.payload.number ?? '', illustrative: false});
	return {
		version: 1,
		query,
		result: found.length === 1 ? 'found' : 'ambiguous',
		entity: first === undefined || found.length > 1 ? null : {...ref(first), data: data(first)},
		citedBy: [],
		candidates: found.length > 1 ? found.map(decision => ref(decision)) : [],
		suggestions: [],
	};
}
