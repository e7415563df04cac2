import type {Position} from '../../dataset/schema.js';
import {decisionOutcomeWords, statusWord, stanceWord} from '../../format/status.js';
import {t} from '../../i18n/translate.js';
import type {SessionRecords} from '../../state/records.js';
import {positionsOn, statusOf} from '../../state/selectors.js';
import {selectedItem, topOverlay, type State} from '../../state/state.js';
import {lineText} from '../../format/line.js';
import {lookupView} from '../lookup/lookup-view.js';
import {shortTargetLabel} from '../recording/target.js';
import {floorAnnouncements} from './announce-floor.js';

/*
What changed between two states, as the lines a screen reader says: a pure diff,
so every change reaches line mode the way it reaches the screen (a command, the
journal's records from another screen, the edge's "saved"), and nothing is said
twice for one change. One line per change; data text is read as it is.
*/

/** Wide enough that no paragraph is wrapped: a screen reader reads a paragraph as one line. */
export const readingWidth = 1000;

function itemTitle(state: State, id: string): {number: string; title: string} {
	const order = state.index.itemOrder.get(id);
	const item = order === undefined ? undefined : state.index.dataset.agendaItems[order];
	if (item === undefined) {
		return {number: id, title: id};
	}

	return {number: item.number, title: item.illustrative ? `${item.title} ${t('common.illustrative')}` : item.title};
}

function delegationName(state: State, id: string): string {
	return state.index.dataset.delegations.find(delegation => delegation.id === id)?.name ?? id;
}

/** Every position in effect, keyed by target and delegation. */
function positionsInEffect(state: State, records: SessionRecords): Map<string, Position> {
	const result = new Map<string, Position>();
	const targets = new Set([...state.index.positionsOn.keys(), ...(records.positionsOn?.keys() ?? []), ...records.positions.map(position => position.on)]);
	for (const target of targets) {
		for (const position of positionsOn(state.index, records, target)) {
			result.set(`${target}\n${position.delegation}`, position);
		}
	}

	return result;
}

function recordLines(before: State, after: State): string[] {
	const lines: string[] = [];
	if (before.records === after.records) {
		return lines;
	}

	const decided = new Set<string>();
	for (const [on, decision] of after.records.decisions) {
		const was = before.records.decisions.get(on);
		if (was === undefined || decisionOutcomeWords(was) !== decisionOutcomeWords(decision) || was.text !== decision.text || was.at !== decision.at) {
			decided.add(on);
			lines.push(t('line.decision-recorded', {target: shortTargetLabel(after.index, on), outcome: decisionOutcomeWords(decision)}));
		}
	}

	for (const on of before.records.decisions.keys()) {
		if (!after.records.decisions.has(on)) {
			decided.add(on);
			lines.push(t('line.decision-withdrawn', {target: shortTargetLabel(after.index, on)}));
		}
	}

	for (const item of after.index.dataset.agendaItems) {
		const status = statusOf(after.records, item);
		// A decision sets its item's status: saying both would say one change twice.
		if (status !== statusOf(before.records, item) && !decided.has(item.id)) {
			lines.push(t('line.status-changed', {target: shortTargetLabel(after.index, item.id), status: statusWord[status]}));
		}
	}

	const was = positionsInEffect(before, before.records);
	const now = positionsInEffect(after, after.records);
	for (const [key, position] of now) {
		const old = was.get(key);
		if (old === undefined || old.stance !== position.stance || old.note !== position.note) {
			const params = {delegation: delegationName(after, position.delegation), target: shortTargetLabel(after.index, position.on), stance: stanceWord[position.stance]};
			lines.push(position.note === undefined ? t('line.position-recorded', params) : t('line.position-recorded-note', {...params, note: position.note}));
		}
	}

	for (const [key, position] of was) {
		if (!now.has(key)) {
			lines.push(t('line.position-withdrawn', {delegation: delegationName(after, position.delegation), target: shortTargetLabel(after.index, position.on)}));
		}
	}

	return lines;
}

export function announcements(before: State, after: State): string[] {
	if (before === after) {
		return [];
	}

	const lines: string[] = [];
	const isCurrentChanged = after.currentItem !== before.currentItem && after.currentItem !== undefined;
	const selected = selectedItem(after);
	if (selected !== undefined && selected.id !== selectedItem(before)?.id) {
		const {number, title} = itemTitle(after, selected.id);
		lines.push(t('line.selected', {number, title, status: statusWord[statusOf(after.records, selected)]}));
	}

	// The filter applies live while it is typed: it is said once, when its prompt closes (or when it changes without one).
	const isTyping = (state: State) => state.overlays.some(overlay => overlay.kind === 'prompt' && overlay.purpose === 'filter');
	const isFilterSaid = isTyping(after) ? false : isTyping(before) || after.filter !== before.filter;
	if (isFilterSaid) {
		lines.push(after.filter === '' ? t('line.filter-cleared') : t('line.filter-applied', {filter: after.filter, count: after.rows.length}));
	}

	lines.push(...recordLines(before, after), ...floorAnnouncements(before, after));
	// The shared journal reached or lost (--share): said when that changes, not at every count of entries not shared yet.
	const {shareState, shareStatus} = after.records;
	if (shareState !== undefined && shareState !== before.records.shareState && shareStatus !== undefined) {
		lines.push(t('line.share-changed', {status: shareStatus}));
	}

	if (isCurrentChanged && after.currentItem !== undefined) {
		lines.push(t('line.current', itemTitle(after, after.currentItem)));
	}

	// The current item's and the filter's own lines say what their notices say (with keys that are the screen's).
	const isSaidAlready = isCurrentChanged || isFilterSaid;
	if (after.notice !== undefined && after.notice !== before.notice && !isSaidAlready) {
		// A notice from the edge is added to the one on screen ("… · saved"): only the new part is news.
		const added = before.notice !== undefined && after.notice.startsWith(`${before.notice} · `) ? after.notice.slice(before.notice.length + 3) : after.notice;
		lines.push(added);
	}

	const top = topOverlay(after);
	if (top !== topOverlay(before)) {
		if (top?.kind === 'lookup-result' && !before.overlays.includes(top)) {
			const view = lookupView(after.index, top.result, readingWidth);
			lines.push(view.title, ...view.lines.map(line => lineText(line.line).trim()).filter(line => line !== ''));
		}

		if (top?.kind === 'record' && top.form.phase.kind === 'failed') {
			lines.push(top.form.phase.message);
		}
	}

	return lines;
}
