import {segment, type Line} from '../../format/line.js';
import {rollCallTally} from '../../outcomes/roll-call-form.js';
import {voteResult} from '../../outcomes/votes.js';
import {displayWidth, padEnd} from '../../text/width.js';
import {sanitizeLine} from '../../text/sanitize.js';
import type {VoteForm} from './vote-form.js';

export const voteTitle = (form: VoteForm) => `Roll call on ${form.label}`;

const optionWord = {yes: 'yes', no: 'no', abstain: 'abstain', absent: 'absent'} as const;

/** The tally, the keys, and the delegations around the one being called. */
export function voteLines(form: VoteForm, width: number, rows: number): Line[] {
	const {counts, called, result} = rollCallTally(form.roll);
	const rule = voteResult(counts, form.roll.majority);
	const total = form.roll.voters.length;
	const lines: Line[] = [
		[segment(`  y yes  n no  a abstain  - absent  ↑/↓ correct  t majority: ${form.roll.majority}`, 'heading')],
		[segment(`  ${counts.yes} yes, ${counts.no} no, ${counts.abstain} abstain · ${called}/${total} called · ${rule.cast === 0 ? 'no vote cast yet' : `majority ${rule.required} of ${rule.cast} cast: ${result === 'adopted' ? 'adopted' : 'not adopted'}`}`, 'current')],
	];
	const room = Math.max(1, rows - lines.length - 1);
	const first = Math.max(0, Math.min(form.roll.cursor - Math.floor(room / 2), total - room));
	// Wide enough for the longest name when the terminal allows ("  > " before, two spaces and "abstain" after), and never running into the vote.
	const widest = Math.max(0, ...form.roll.voters.map(voter => displayWidth(sanitizeLine(voter.name))));
	const nameWidth = Math.max(8, Math.min(widest, width - 4 - 2 - 'abstain'.length - 1));
	for (const [offset, voter] of form.roll.voters.slice(first, first + room).entries()) {
		const position = first + offset;
		const vote = form.roll.votes.get(voter.id);
		const isCursor = position === form.roll.cursor;
		lines.push([segment(isCursor ? '  > ' : '    '), segment(padEnd(sanitizeLine(voter.name), nameWidth), isCursor ? 'current' : undefined), segment('  '), segment(vote === undefined ? '·' : optionWord[vote], vote === undefined ? 'dim' : 'plain')]);
	}

	return lines;
}
