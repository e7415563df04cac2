import {segment, type Line} from '../../format/line.js';
import {rollCallTally} from '../../outcomes/roll-call-form.js';
import {voteResult} from '../../outcomes/votes.js';
import {displayWidth, padEnd} from '../../text/width.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {t, translatedWords} from '../../i18n/translate.js';
import type {VoteForm} from './vote-form.js';

export const voteTitle = (form: VoteForm) => t('vote.title', {target: form.label});

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

/** The tally, the keys, and the delegations around the one being called. */
export function voteLines(form: VoteForm, width: number, rows: number): Line[] {
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
		...joinOrWrap(orderText(form), '  ', t('vote.start-here'), width, 'heading'),
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
