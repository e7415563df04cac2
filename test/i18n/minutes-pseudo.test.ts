import mammoth from 'mammoth';
import {afterEach, describe, expect, it} from 'vitest';
import {pseudoMessage} from '../../source/i18n/pseudo.js';
import {setLanguage} from '../../source/i18n/translate.js';
import {buildRecord} from '../../source/minutes/build-record.js';
import {recordDocx} from '../../source/minutes/record-docx.js';
import {recordMarkdown} from '../../source/minutes/record-markdown.js';
import {recordText} from '../../source/minutes/record-text.js';
import {recordWords} from '../../source/minutes/record-words.js';
import type {SummaryRecord} from '../../source/minutes/summary-record.js';
import {chair, decision, entry, factsOf, indexWith, statement, vote} from '../minutes/record-fixtures.js';

/*
The summary record drawn in the pseudo-language (source/i18n/pseudo.ts: every
catalogue message's letters accented), in each of its formats: a plain ASCII
word left in it came from the data or from a literal that bypassed the
catalogue, which is what this test catches. The record exercises every
sentence: introductions (by symbol and a contribution without one), proposals,
statements, the five positions, decisions by consensus and over objections,
several outcomes, votes by roll call and by hand (a tie), the whole session over
two meetings, speaking time, skipped and ignored journal lines.
*/

afterEach(() => {
	setLanguage('en');
});

const index = indexWith(input => {
	input.documents!.push({id: 'doc-views', submittedBy: {wording: 'The Administration of Brazil', delegations: ['cn']}, title: 'Views on the budget', purpose: 'Gives views.', actionRequired: [{kind: 'consider', wording: 'The Council is invited to consider these views.'}], references: [], sections: [], footnotes: []} as never);
	input.agendaItems[0]!.documents.push('doc-views');
});

function richRecord(): SummaryRecord {
	const viewer = {name: 'Guest', role: 'viewer' as const};
	const entries = [
		entry(0, {kind: 'current', payload: {item: 'item-one-itu'}}, chair),
		entry(1, {kind: 'floor-give', payload: {item: 'item-one-itu', delegation: 'cn'}}, chair),
		entry(2, {kind: 'floor-end', payload: {item: 'item-one-itu', delegation: 'cn'}}, chair),
		entry(3, {kind: 'position', payload: {delegation: 'ch', on: 'prop-1', stance: 'reservation', note: 'Principle 3'}}),
		entry(4, {kind: 'position', payload: {delegation: 'us', on: 'prop-1', stance: 'opposes'}}),
		entry(5, {kind: 'position', payload: {delegation: 'ae', on: 'prop-1', stance: 'more-information'}}),
		entry(6, {kind: 'position', payload: {delegation: 'cn', on: 'prop-2', stance: 'neutral'}}),
		entry(7, {kind: 'position', payload: {delegation: 'ae', on: 'item-one-itu', stance: 'supports'}}),
		entry(8, {kind: 'decision', payload: {target: 'prop-1', outcome: 'approved', text: ''}}),
		entry(9, {kind: 'status', payload: {item: 'item-report', status: 'decided'}}, viewer),
		// The afternoon: a second meeting.
		entry(240, {kind: 'current', payload: {item: 'item-budget'}}, chair),
		entry(241, {kind: 'decision', payload: {target: 'item-budget', outcome: 'approved', text: ''}}),
		entry(242, {kind: 'current', payload: {item: 'item-report'}}, chair),
	];
	const facts = factsOf(entries, {
		statements: [statement(1, 'item-one-itu', 'cn', 'Supported proposal 1; asked for a cost estimate'), statement(2, 'item-one-itu', 'us', '')],
		votes: [
			vote(10, 'prop-2', {yes: 2, no: 1, abstain: 1, absent: 1}, {roll: [{delegation: 'us', option: 'no'}, {delegation: 'cn', option: 'yes'}, {delegation: 'ch', option: 'abstain'}, {delegation: 'ae', option: 'yes'}], majority: 'two-thirds'}),
			vote(243, 'item-report', {yes: 3, no: 3, abstain: 0, absent: 0}),
			vote(244, 'item-report', {yes: 0, no: 0, abstain: 2, absent: 0}),
		],
		decisions: [decision(245, 'item-report', [{kind: 'noted', on: 'the report'}, {kind: 'referred'}, {kind: 'instructed', on: 'the Secretary-General to report'}], '', 'Decision 650 (C25)')],
	}, index);
	const built = buildRecord(index, {...facts, skippedLines: 2}, {timeZone: 'Europe/Zurich'});
	if (!built.ok) {
		throw new Error(built.message);
	}

	return built.record;
}

/** ASCII words of two letters or more. */
const asciiWords = (text: string) => new Set(text.match(/[A-Za-z]{2,}/g) ?? []);

function dataWords(value: unknown, into = new Set<string>()): Set<string> {
	if (typeof value === 'string') {
		for (const word of asciiWords(value)) {
			into.add(word);
		}
	} else if (Array.isArray(value)) {
		for (const item of value) {
			dataWords(item, into);
		}
	} else if (value !== null && typeof value === 'object') {
		for (const item of Object.values(value)) {
			dataWords(item, into);
		}
	}

	return into;
}

/** What the record shows as it is, in any language: the dataset, what was typed, ids, names, the zone, Intl's date, the journal's descriptions (journal/describe.ts). */
function allowedWords(record: SummaryRecord): Set<string> {
	const allowed = dataWords(index.dataset);
	// A typed clause's first word is lowered in the sentence: "supported".
	dataWords(['Supported proposal 1; asked for a cost estimate', 'supported', 'Principle 3', 'the report', 'the Secretary-General to report', 'Decision 650 (C25)', 'Guest', 'Amina Diallo', 'Li Wei'], allowed);
	dataWords(record.audit.entries.map(entry => [entry.id, entry.description]), allowed);
	dataWords([record.event.timeZone, 'UTC', recordWords('en').longDate(record.event.startDate!), recordWords('en').longDate(record.event.endDate!)], allowed);
	// The Markdown table's line break between a subject's documents.
	allowed.add('br');
	return allowed;
}

function untranslated(text: string, record: SummaryRecord): string[] {
	const allowed = allowedWords(record);
	return [...asciiWords(text)].filter(word => !allowed.has(word));
}

async function formats(record: SummaryRecord): Promise<Record<string, string>> {
	const words = recordWords('en');
	const {value: docx} = await mammoth.extractRawText({buffer: await recordDocx(record, words)});
	const human = [record.title, ...record.items.flatMap(item => [
		...item.paragraphs.flatMap(paragraph => [paragraph.lead ?? '', paragraph.text, ...(paragraph.list ?? [])]),
		...item.motions.flatMap(motion => [motion.subject, motion.text, ...motion.voteEvents.map(event => event.text)]),
		...item.positions.map(position => position.on),
	])].join('\n');
	return {md: recordMarkdown(record, words), text: recordText(record, words), docx, 'json text': human};
}

describe('the summary record in the pseudo-language', () => {
	it('every heading and fixed phrase of every format comes from the catalogue', async () => {
		setLanguage('en', pseudoMessage);
		const record = richRecord();
		// The record says everything this test means to check.
		expect(record.event.meeting).toBeNull();
		expect(record.speakingTime.length).toBeGreaterThan(0);
		expect(record.audit.journal.ignoredEntries).toBe(1);
		expect(record.items.flatMap(item => item.paragraphs.map(paragraph => paragraph.kind))).toEqual(expect.arrayContaining(['introduction', 'proposals', 'statement', 'position', 'decision', 'vote']));
		for (const [format, text] of Object.entries(await formats(record))) {
			expect(untranslated(text, record), format).toEqual([]);
		}
	});

	it('the check fails on English that bypassed the catalogue (without the pseudo-language, the fixed phrases stand out)', async () => {
		const record = richRecord();
		const {md = ''} = await formats(record);
		expect(untranslated(md, record)).toEqual(expect.arrayContaining(['DRAFT', 'introduced', 'Appendix', 'favour', 'consensus', 'councillor']));
	});
});
