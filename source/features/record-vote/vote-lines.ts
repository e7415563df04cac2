import {segment, type Line} from '../../format/line.js';
import {rollCallTally} from '../../outcomes/roll-call-form.js';
import {voteResult} from '../../outcomes/votes.js';
import {countedVotes, countFields} from '../../outcomes/vote-counts-form.js';
import {displayWidth, padEnd} from '../../text/width.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {t, translatedWords} from '../../i18n/translate.js';
import type {VoteForm} from './vote-form.js';

export const voteTitle = (form: VoteForm) => t(form.mode === 'counts' ? 'vote.counts-title' : 'vote.title', {target: form.label});

const optionKeys = {yes: 'vote.option.yes', no: 'vote.option.no', abstain: 'vote.option.abstain', absent: 'vote.option.absent'} as const;
const optionWord = translatedWords(optionKeys);
const majorityKeys = {simple: 'vote.majority.simple', 'two-thirds': 'vote.majority.two-thirds'} as const;

/** The widest vote word of the interface's language ("abstain" in English). */
const optionWidth = () => Math.max(...Object.values(optionWord).map(word => displayWidth(word)));

/** Two parts on one line when they fit, else the second on a line of its own: the majority and the result are never cut off. */
function joinOrWrap(first: string, separator: string, second: string, width: number, tone: 'heading' | 'current'): Line[] {
	const joined = `  ${first}${separator}${second}`;
	return displayWidth(joined) <= width ? [[segment(joined, tone)]] : [[segment(`  ${first}`, tone)], [segment(`  ${second}`, tone)]];
}

const orderKeys = {listed: 'vote.order.listed', french: 'vote.order.french'} as const;

/** "o order: French names, from Brazil": the calling order the chair chose. */
function orderText(form: VoteForm): string {
	const order = t(orderKeys[form.roll.order]);
	const start = form.roll.start === undefined ? undefined : form.roll.listed.find(voter => voter.id === form.roll.start);
	return t('vote.order', {order: start === undefined ? order : t('vote.order-from', {order, name: sanitizeLine(start.name)})});
}

const fieldKeys = {yes: 'vote.count-field.yes', no: 'vote.count-field.no', abstain: 'vote.count-field.abstain'} as const;

/** Counts typed: the keys and the majority, the three fields (the one typed into marked), the tally and the result. */
function countLines(form: VoteForm, width: number): Line[] {
	const total = form.roll.voters.length;
	const counted = countedVotes(form.counts, total);
	const counts = counted.ok ? counted.counts : {yes: 0, no: 0, abstain: 0, absent: 0};
	const rule = voteResult(counts, form.roll.majority);
	const labelWidth = Math.max(...countFields.map(field => displayWidth(t(fieldKeys[field]))));
	const fields: Line[] = countFields.map(field => {
		const isField = form.counts.field === field;
		const typed = form.counts[field];
		return [segment(isField ? '  > ' : '    '), segment(padEnd(t(fieldKeys[field]), labelWidth), isField ? 'current' : undefined), segment(`  ${typed}${isField ? '█' : ''}`, typed === '' && !isField ? 'dim' : 'plain')];
	});
	const tally = counted.ok
		? t('vote.counts-tally', {yes: t('vote.count-yes', {count: counts.yes}), no: t('vote.count-no', {count: counts.no}), abstain: t('vote.count-abstain', {count: counts.abstain}), absent: counts.absent, total})
		: t('vote.too-many', {given: counted.given, total});
	const outcome = rule.cast === 0 ? t('vote.no-vote-yet') : t('vote.majority-of', {required: rule.required, cast: rule.cast, result: t(rule.result === 'adopted' ? 'vote.adopted' : 'vote.not-adopted')});
	return [
		...joinOrWrap(t('vote.counts-keys'), '  ', t('vote.majority', {majority: t(majorityKeys[form.roll.majority])}), width, 'heading'),
		...fields,
		...joinOrWrap(tally, ' · ', outcome, width, 'current'),
	];
}

/** The tally, the keys, and the delegations around the one being called (or the counts, when they are typed). */
export function voteLines(form: VoteForm, width: number, rows: number): Line[] {
	if (form.mode === 'counts') {
		return countLines(form, width);
	}

	const {counts, called, result} = rollCallTally(form.roll);
	const rule = voteResult(counts, form.roll.majority);
	const total = form.roll.voters.length;
	const tally = t('vote.tally', {
		yes: t('vote.count-yes', {count: counts.yes}),
		no: t('vote.count-no', {count: counts.no}),
		abstain: t('vote.count-abstain', {count: counts.abstain}),
		called,
		total,
	});
	const outcome = rule.cast === 0 ? t('vote.no-vote-yet') : t('vote.majority-of', {required: rule.required, cast: rule.cast, result: t(result === 'adopted' ? 'vote.adopted' : 'vote.not-adopted')});
	const lines: Line[] = [
		...joinOrWrap(t('vote.keys'), '  ', t('vote.majority', {majority: t(majorityKeys[form.roll.majority])}), width, 'heading'),
		...joinOrWrap(tally, ' · ', outcome, width, 'current'),
		...joinOrWrap(orderText(form), '  ', `${t('vote.start-here')}  ${t('vote.counts-key')}`, width, 'heading'),
	];
	const room = Math.max(1, rows - lines.length - 1);
	const first = Math.max(0, Math.min(form.roll.cursor - Math.floor(room / 2), total - room));
	// Wide enough for the longest name when the terminal allows ("  > " before, two spaces and the widest vote word after), and never running into the vote.
	const widest = Math.max(0, ...form.roll.voters.map(voter => displayWidth(sanitizeLine(voter.name))));
	const nameWidth = Math.max(8, Math.min(widest, width - 4 - 2 - optionWidth() - 1));
	for (const [offset, voter] of form.roll.voters.slice(first, first + room).entries()) {
		const position = first + offset;
		const vote = form.roll.votes.get(voter.id);
		const isCursor = position === form.roll.cursor;
		lines.push([segment(isCursor ? '  > ' : '    '), segment(padEnd(sanitizeLine(voter.name), nameWidth), isCursor ? 'current' : undefined), segment('  '), segment(vote === undefined ? '·' : optionWord[vote], vote === undefined ? 'dim' : 'plain')]);
	}

	return lines;
}
