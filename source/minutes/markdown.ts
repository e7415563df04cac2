import {statusWord, stanceWord} from '../format/status.js';
import {shortTime} from '../journal/describe.js';
import {outcomeWord} from '../journal/schema.js';
import {countOf} from '../text/count.js';
import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import type {Minutes, MinutesDecision, MinutesItem, MinutesPosition, MinutesProposal, MinutesStamp} from './minutes.js';

/*
`council export` (the default format): the minutes as Markdown that also reads
as plain text, in the order of a summary record: each agenda item with what was
asked, what was decided (the decision's own words quoted), the status, and who
said what. Every string is sanitized again here: the export may be printed to a
terminal.

Text from data is also made inert as Markdown, yet kept readable as plain text:
the characters that start HTML (`<script>`, `<img onerror>`, a `<!--` that would
hide the rest of the rendered minutes), links and images (`[x](javascript:...)`),
code and emphasis are backslash-escaped (CommonMark shows `\<` as `<` and
never as a tag), and a line that data begins cannot start a heading, a quote or
a list.
*/

// CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that can start markup inline.
const markdownActive = /[\\`*_[\]<~]/g;

function inertInline(text: string): string {
	return text.replace(markdownActive, '\\$&');
}

/** A line whose start comes from data: its first mark cannot open a block (heading, quote, list, setext underline). */
function inertLineStart(text: string): string {
	return text.replace(/^(\s*)([#>+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

const line = (text: string) => inertInline(sanitizeLine(text).trim());

function stampText(stamp: MinutesStamp): string {
	return `${shortTime(stamp.time)}, ${line(stamp.author.name)}, ${stamp.author.role}`;
}

/** A decision's text as a block quote: every line quoted, so no line of it can become a heading. */
function quote(text: string): string[] {
	const lines = sanitizeText(text).trim().split(/\r?\n/);
	return lines.map(quoted => (quoted.trim() === '' ? '>' : `> ${inertLineStart(inertInline(quoted.trimEnd()))}`));
}

function decisionLines(decision: MinutesDecision | null, isItem: boolean): string[] {
	if (decision === null) {
		return isItem ? ['No decision recorded.', ''] : [];
	}

	const lines = [`**Decision: ${outcomeWord[decision.outcome]}** (${stampText(decision)})`, ''];
	if (decision.text.trim() !== '') {
		lines.push(...quote(decision.text), '');
	}

	return lines;
}

function positionLine(position: MinutesPosition): string {
	const note = position.note === undefined ? '' : ` — ${line(position.note)}`;
	const source = position.recorded === undefined ? ' (before the session)' : ` (${stampText(position.recorded)})`;
	return `- ${line(position.delegationName)}: ${stanceWord[position.stance]}${note}${source}`;
}

function positionLines(positions: readonly MinutesPosition[], isItem: boolean): string[] {
	if (positions.length === 0) {
		return isItem ? ['No positions recorded.', ''] : [];
	}

	return ['Positions:', '', ...positions.map(position => positionLine(position)), ''];
}

function proposalLines(proposal: MinutesProposal): string[] {
	const from = proposal.document === undefined ? '' : ` of ${line(proposal.document)}`;
	return [
		`### Proposal ${line(proposal.number)}${from}`,
		'',
		inertLineStart(line(proposal.text)),
		'',
		...decisionLines(proposal.decision, false),
		...positionLines(proposal.positions, false),
	];
}

function itemLines(item: MinutesItem, order: number): string[] {
	// A status the decision set needs no second stamp.
	const isFromDecision = item.statusRecorded !== null && item.statusRecorded.entry === item.decision?.entry;
	const status = item.statusRecorded === null || isFromDecision ? statusWord[item.status] : `${statusWord[item.status]} (${stampText(item.statusRecorded)})`;
	const lines = [
		`## ${order}. ${line(item.number)} ${line(item.title)}`,
		'',
	];
	if (item.documents.length > 0) {
		lines.push(`Documents: ${item.documents.map(document => line(document)).join(', ')}`, '');
	}

	lines.push(
		`Action required: ${line(item.actionRequired.wording)}`,
		'',
		...decisionLines(item.decision, true),
		`Status: ${status}`,
		'',
		...positionLines(item.positions, true),
		// The floor's statements, numbered as the summary record's paragraphs (issue 12).
		...(item.statements === undefined ? [] : ['Statements:', '', ...item.statements.map((statement, index) => `${order}.${index + 1} ${line(statement.sentence)}`), '']),
	);
	for (const proposal of item.proposals) {
		if (proposal.decision !== null || proposal.positions.length > 0) {
			lines.push(...proposalLines(proposal));
		}
	}

	return lines;
}

function sessionLine(minutes: Minutes): string | undefined {
	const {start, end, place} = minutes.session;
	const dates = start === undefined ? undefined : (end === undefined || end === start ? start : `${start} to ${end}`);
	const parts = [place, dates].filter((part): part is string => part !== undefined && part !== '').map(part => line(part));
	return parts.length === 0 ? undefined : inertLineStart(parts.join(', '));
}

function journalLine(minutes: Minutes): string {
	const {entries, first, last} = minutes.journal;
	if (entries === 0 || first === null || last === null) {
		return 'Summary of the session: no entries were recorded in the journal.';
	}

	return `Summary of the session from its journal: ${entries} ${entries === 1 ? 'entry' : 'entries'}, ${shortTime(first)} to ${shortTime(last)}.`;
}

/**
The minutes as Markdown, ending in a newline.

@example
```
io.stdout(minutesMarkdown(buildMinutes(index, records, facts)));
```
*/
export function minutesMarkdown(minutes: Minutes): string {
	const lines = [`# Minutes: ${line(minutes.session.body)}, ${line(minutes.session.title)}`, ''];
	const where = sessionLine(minutes);
	if (where !== undefined) {
		lines.push(where, '');
	}

	lines.push(journalLine(minutes), '');
	for (const [index, item] of minutes.items.entries()) {
		lines.push(...itemLines(item, index + 1));
	}

	if (minutes.speakingTime !== undefined) {
		// Fairness (issue 12): who had the floor, how often and for how long, most time first.
		const seconds = (value: number) => `${Math.floor(value / 60)}:${String(value % 60).padStart(2, '0')}`;
		lines.push('## Speaking time', '', ...minutes.speakingTime.map(share => `- ${line(share.delegationName)}: ${share.interventions} ${share.interventions === 1 ? 'intervention' : 'interventions'}, ${seconds(share.seconds)}`), '');
	}

	const notes: string[] = [];
	if (minutes.journal.skippedLines > 0) {
		const skipped = minutes.journal.skippedLines;
		notes.push(`${countOf(skipped, 'journal line was', 'journal lines were')} skipped as torn or invalid (see council log).`);
	}

	if (minutes.journal.ignoredEntries > 0) {
		const ignored = minutes.journal.ignoredEntries;
		notes.push(`${countOf(ignored, 'journal entry was', 'journal entries were')} ignored: ${ignored === 1 ? 'it names' : 'they name'} something this dataset lacks or ${ignored === 1 ? 'was' : 'were'} written by a viewer.`);
	}

	if (notes.length > 0) {
		lines.push('---', '', ...notes, '');
	}

	return `${lines.join('\n').trimEnd()}\n`;
}
