import {describe, expect, test} from 'vitest';
import {buildIndex} from '../../source/dataset/build-index.js';
import {loadDataset} from '../../source/dataset/load.js';
import {bundledDatasetPath} from '../../source/dataset/bundled.js';
import {buildRecord} from '../../source/minutes/build-record.js';
import {recordMarkdown} from '../../source/minutes/record-markdown.js';
import {recordText} from '../../source/minutes/record-text.js';
import {readableTitle} from '../../source/minutes/readable.js';
import {displayWidth} from '../../source/text/width.js';
import {chair, decision, entry, factsOf, index, indexWith, recordOf, statement, vote} from './record-fixtures.js';

const texts = (record: ReturnType<typeof recordOf>) => record.items.map(item => item.paragraphs.map(paragraph => `${paragraph.number} ${paragraph.lead === undefined ? '' : `[${paragraph.lead}] `}${paragraph.text}${paragraph.list === undefined ? '' : ` | ${paragraph.list.join(' | ')}`}`));

describe('the summary record model', () => {
	test('items in the order they were taken up, then those recorded on without being taken up; the rest listed as not taken up', () => {
		const record = recordOf([
			entry(0, {kind: 'current', payload: {item: 'item-one-itu'}}, chair),
			entry(5, {kind: 'current', payload: {item: 'item-budget'}}, chair),
			entry(6, {kind: 'decision', payload: {target: 'item-budget', outcome: 'approved', text: ''}}),
		]);
		expect(record.items.map(item => [item.order, item.number])).toEqual([[1, 'PL 1.03'], [2, 'PL 1.01']]);
		expect(record.notTakenUp).toEqual(['PL 1.02 Report on the implementation of the strategic plan']);
		expect(record.subjects).toEqual([
			{order: 1, number: 'PL 1.03', title: 'Implementation of the "One ITU" concept', documents: ['C99/42 One ITU']},
			{order: 2, number: 'PL 1.01', title: 'Draft budget of the Union', documents: ['C99/10 Draft budget']},
		]);
		const untaken = recordOf([
			entry(0, {kind: 'current', payload: {item: 'item-report'}}, chair),
			entry(3, {kind: 'position', payload: {delegation: 'ch', on: 'prop-2', stance: 'supports'}}),
		]);
		expect(untaken.items.map(item => item.number)).toEqual(['PL 1.02', 'PL 1.03']);
		expect(untaken.items[1]?.takenUp).toBeNull();
	});

	test('an undone `current` does not take the item up', () => {
		const moved = entry(0, {kind: 'current', payload: {item: 'item-report'}}, chair);
		const record = recordOf([moved, entry(1, {kind: 'undo', payload: {entry: moved.id}}, chair), entry(2, {kind: 'current', payload: {item: 'item-budget'}}, chair)]);
		expect(record.items.map(item => item.number)).toEqual(['PL 1.01']);
	});

	test('the heading: body, session, meeting, local dates and times with the zone, the chair', () => {
		const record = recordOf([entry(0, {kind: 'current', payload: {item: 'item-budget'}}, chair), entry(55, {kind: 'status', payload: {item: 'item-budget', status: 'decided'}})]);
		expect(record.title).toBe('Summary record of the first meeting');
		expect(record.draft).toBe(true);
		expect(record.event).toEqual({
			body: 'ITU Council',
			session: 'Council 1999 (test session)',
			place: 'Geneva',
			meeting: 1,
			meetings: 1,
			startDate: '2026-04-13',
			endDate: '2026-04-13',
			start: '2026-04-13T11:00:00+02:00',
			end: '2026-04-13T11:55:00+02:00',
			timeZone: 'Europe/Zurich',
			chair: 'Amina Diallo',
		} as typeof record.event);
	});

	test('meetings: a new day or an hour without entries starts one; --meeting keeps that meeting\'s entries', () => {
		const entries = [
			entry(0, {kind: 'current', payload: {item: 'item-budget'}}, chair),
			entry(10, {kind: 'decision', payload: {target: 'item-budget', outcome: 'approved', text: 'Approved.'}}),
			// 70 minutes later: the afternoon meeting.
			entry(80, {kind: 'current', payload: {item: 'item-report'}}, {name: 'Vice-Chair Ana', role: 'chair'}),
			entry(85, {kind: 'position', payload: {delegation: 'us', on: 'item-report', stance: 'opposes'}}),
		];
		const whole = recordOf(entries);
		expect(whole.title).toBe('Summary record of the session');
		expect(whole.event).toMatchObject({meeting: null, meetings: 2, chair: 'Amina Diallo'});
		expect(recordText(whole)).toContain('Meetings 1 to 2\n');
		const second = recordOf(entries, {}, {meeting: 2});
		expect(second.title).toBe('Summary record of the second meeting');
		expect(second.event).toMatchObject({meeting: 2, start: '2026-04-13T12:20:00+02:00', end: '2026-04-13T12:25:00+02:00', chair: 'Vice-Chair Ana'});
		expect(second.items.map(item => item.number)).toEqual(['PL 1.02']);
		expect(second.audit.entries.map(audited => audited.id)).toEqual([entries[2]!.id, entries[3]!.id]);
		expect(buildRecord(index, factsOf(entries), {timeZone: 'UTC', meeting: 3})).toEqual({ok: false, message: 'there is no meeting 3: the journal holds 2 meetings'});
	});

	test('numbered paragraphs: introduction by source, proposals, statements in speaking order, positions, the decision', () => {
		const record = recordOf([
			entry(0, {kind: 'current', payload: {item: 'item-one-itu'}}, chair),
			entry(4, {kind: 'position', payload: {delegation: 'ch', on: 'prop-1', stance: 'reservation', note: 'On principle 3: sovereignty.'}}),
			entry(5, {kind: 'decision', payload: {target: 'prop-2', outcome: 'referred', text: ''}}),
			entry(6, {kind: 'current', payload: {item: 'item-report'}}, chair),
		], {
			statements: [
				statement(1, 'item-one-itu', 'us', 'welcomed the contribution'),
				statement(2, 'item-one-itu', 'ch', 'Could not support principle 3 as drafted; asked for its reservation to be recorded', 'reservation'),
				statement(3, 'item-one-itu', 'ae', ''),
				statement(7, 'item-report', 'cn', 'asked about regional figures', 'more-information'),
			],
		});
		expect(texts(record)).toEqual([
			[
				'1.1 The councillor from China introduced Document C99/42.',
				'1.2 Document C99/42 sets out the following proposals: | 1) The following basic principles. | 2) Instruct the Council Working Group to study the concept.',
				'1.3 The councillor from the United States welcomed the contribution.',
				'1.4 The councillor from Switzerland could not support principle 3 as drafted and asked for its reservation to be recorded.',
				'1.5 The councillor from the United Arab Emirates spoke.',
				'1.6 The councillor from Switzerland expressed a reservation on proposal 1) of Document C99/42 (On principle 3: sovereignty) and requested that its reservation be reflected in the summary record.',
				'1.7 [The Council referred proposal 2) of Document C99/42 to a Council Working Group.] Decided by consensus.',
			],
			[
				'2.1 The representative of the Secretariat introduced Document C99/11.',
				'2.2 The councillor from China asked about regional figures.',
			],
		]);
		expect(record.items[0]?.speeches.map(speech => [speech.creator, speech.role, speech.stance, speech.date])).toEqual([
			['United States', 'councillor', null, '2026-04-13T11:01:00+02:00'],
			['Switzerland', 'councillor', 'reservation', '2026-04-13T11:02:00+02:00'],
			['United Arab Emirates', 'councillor', null, '2026-04-13T11:03:00+02:00'],
		]);
	});

	test('a statement made with a stance (which also records the position) is told once, as the statement', () => {
		const position = entry(2, {kind: 'position', payload: {delegation: 'ch', on: 'item-report', stance: 'opposes', note: 'cannot accept the report'}});
		const spoken = {...statement(2, 'item-report', 'ch', 'cannot accept the report', 'opposes'), entryId: position.id};
		const record = recordOf([entry(0, {kind: 'current', payload: {item: 'item-report'}}, chair), position], {statements: [spoken]});
		expect(texts(record)[0]).toEqual([
			'1.1 The representative of the Secretariat introduced Document C99/11.',
			'1.2 The councillor from Switzerland cannot accept the report.',
		]);
		expect(record.items[0]?.positions.map(held => [held.delegation, held.stance, held.source])).toEqual([['Switzerland', 'opposes', 'journal']]);
	});

	test('an observer speaks as an observer, a Secretariat document is introduced by the Secretariat', () => {
		const observed = indexWith(input => {
			input.delegations!.push({id: 'va', kind: 'observer', name: 'Holy See'});
		});
		const record = recordOf([entry(0, {kind: 'current', payload: {item: 'item-budget'}}, chair)], {statements: [statement(1, 'item-budget', 'va', 'supported the budget')]}, {}, observed);
		expect(texts(record)[0]).toEqual([
			'1.1 The representative of the Secretariat introduced Document C99/10.',
			'1.2 The observer from the Holy See supported the budget.',
		]);
	});

	test('several outcomes, each on what it applies to, the Council\'s number in bold with the text', () => {
		const record = recordOf([entry(0, {kind: 'current', payload: {item: 'item-report'}}, chair)], {
			decisions: [decision(3, 'item-report', [{kind: 'noted', on: 'the report'}, {kind: 'approved', on: 'the draft Decision in Annex A'}, {kind: 'instructed', on: 'the Secretary-General to report to Council 2027'}], '', 'Decision 650 (C25)')],
		});
		const [motion] = record.items[0]!.motions;
		expect(motion).toMatchObject({
			identifier: 'Decision 650 (C25)',
			classification: ['noted', 'approved', 'instructed'],
			manner: 'consensus',
			result: 'decided',
			text: 'The Council took note of the report, approved the draft Decision in Annex A and instructed the Secretary-General to report to Council 2027.',
		});
		expect(recordMarkdown(record)).toContain('1.2 **Decision 650 (C25): The Council took note of the report, approved the draft Decision in Annex A and instructed the Secretary-General to report to Council 2027.** Decided by consensus.\n');
	});

	test('without a vote, "by consensus" only when nothing objects; otherwise the reservations are named', () => {
		const record = recordOf([
			entry(0, {kind: 'current', payload: {item: 'item-one-itu'}}, chair),
			entry(1, {kind: 'position', payload: {delegation: 'ch', on: 'prop-1', stance: 'reservation'}}),
			entry(2, {kind: 'position', payload: {delegation: 'us', on: 'prop-1', stance: 'opposes'}}),
			entry(3, {kind: 'decision', payload: {target: 'prop-1', outcome: 'approved', text: 'The Council approved the principles.'}}),
		]);
		const paragraph = record.items[0]!.paragraphs.at(-1)!;
		expect(paragraph).toMatchObject({kind: 'decision', lead: 'The Council approved the principles.', text: 'Decided without a vote, with a reservation from Switzerland and an objection from the United States.'});
		expect(record.items[0]!.motions[0]?.manner).toBe('without-vote');
	});

	test('a vote: counts, the majority rule\'s result, the roll call by option in calling order, as a Popolo VoteEvent', () => {
		const record = recordOf([entry(0, {kind: 'current', payload: {item: 'item-one-itu'}}, chair)], {
			decisions: [decision(9, 'prop-2', [{kind: 'adopted'}], 'The Council adopted proposal 2).', 'Resolution 1420 (C25)')],
			votes: [vote(8, 'prop-2', {yes: 2, no: 1, abstain: 1, absent: 0}, {roll: [{delegation: 'us', option: 'no'}, {delegation: 'cn', option: 'yes'}, {delegation: 'ch', option: 'abstain'}, {delegation: 'ae', option: 'yes'}], majority: 'two-thirds'})],
		});
		const paragraphs = record.items[0]!.paragraphs.slice(-2);
		expect(paragraphs.map(paragraph => [paragraph.kind, paragraph.lead, paragraph.text, paragraph.list])).toEqual([
			['vote', undefined, 'A vote was taken by roll call on proposal 2) of Document C99/42: 2 in favour, 1 against, 1 abstention; 3 present and voting, a two-thirds majority of 2 required: adopted.', ['In favour (2): China, United Arab Emirates', 'Against (1): United States', 'Abstaining (1): Switzerland']],
			['decision', 'Resolution 1420 (C25): The Council adopted proposal 2).', '', undefined],
		]);
		expect(record.items[0]!.motions[0]).toMatchObject({
			manner: 'vote',
			result: 'adopted',
			voteEvents: [{
				result: 'pass',
				requirement: 'two-thirds',
				counts: [{option: 'yes', value: 2}, {option: 'no', value: 1}, {option: 'abstain', value: 1}, {option: 'absent', value: 0}],
				votes: [{voter: 'United States', option: 'no'}, {voter: 'China', option: 'yes'}, {voter: 'Switzerland', option: 'abstain'}, {voter: 'United Arab Emirates', option: 'yes'}],
			}],
		});
		const tied = recordOf([], {votes: [vote(1, 'item-budget', {yes: 3, no: 3, abstain: 0, absent: 0})]});
		expect(tied.items[0]!.motions[0]).toMatchObject({result: 'rejected', manner: 'vote', text: ''});
		expect(tied.items[0]!.paragraphs.at(-1)?.text).toBe('A vote was taken by a show of hands on Document C99/10: 3 in favour, 3 against, 0 abstentions; 6 present and voting, a simple majority of 4 required: not adopted (the votes were equally divided).');
	});

	test('--item keeps one item, and the appendix only the entries behind it', () => {
		const entries = [
			entry(0, {kind: 'current', payload: {item: 'item-budget'}}, chair),
			entry(1, {kind: 'decision', payload: {target: 'item-budget', outcome: 'approved', text: ''}}),
			entry(2, {kind: 'current', payload: {item: 'item-report'}}, chair),
			entry(3, {kind: 'decision', payload: {target: 'item-report', outcome: 'noted', text: ''}}),
		];
		const record = recordOf(entries, {}, {item: 'item-report'});
		expect(record.items.map(item => item.number)).toEqual(['PL 1.02']);
		expect(record.notTakenUp).toEqual([]);
		expect(record.audit.entries.map(audited => audited.id)).toEqual([entries[2]!.id, entries[3]!.id]);
	});

	test('a decision recorded over another in effect keeps the earlier one as its history', () => {
		const first = entry(1, {kind: 'decision', payload: {target: 'item-report', outcome: 'noted', text: 'Noted.'}});
		const record = recordOf([first, entry(2, {kind: 'decision', payload: {target: 'item-report', outcome: 'deferred', text: 'Deferred.'}})]);
		expect(record.items[0]!.motions[0]).toMatchObject({text: 'Deferred.', history: [{text: 'Noted.', entry: first.id, date: '2026-04-13T11:01:00+02:00'}]});
	});

	test('no internal ids or authors in the reader\'s text; they are in the appendix and the JSON', () => {
		const entries = [
			entry(0, {kind: 'current', payload: {item: 'item-one-itu'}}, chair),
			entry(1, {kind: 'position', payload: {delegation: 'ch', on: 'prop-1', stance: 'reservation'}}),
			entry(2, {kind: 'decision', payload: {target: 'prop-2', outcome: 'referred', text: ''}}),
		];
		const record = recordOf(entries);
		const body = recordMarkdown(record).split('## Appendix')[0]!;
		for (const internal of ['item-one-itu', 'doc-one-itu', 'prop-1', 'prop-2', 'Li Wei', entries[1]!.id]) {
			expect(body).not.toContain(internal);
		}

		expect(recordMarkdown(record).split('## Appendix')[1]).toContain(`| ${entries[1]!.id} | Li Wei (secretary) |`);
	});

	test('the bundled session: proposal 1\'s three principles are in the record, and the contribution is named by its source', async () => {
		const loaded = await loadDataset(bundledDatasetPath());
		if (!loaded.ok) {
			throw new Error('the bundled dataset does not load');
		}

		const bundled = buildIndex(loaded.dataset);
		const record = recordOf([entry(0, {kind: 'current', payload: {item: 'item-one-itu'}}, chair)], {}, {}, bundled);
		const [introduction, proposals] = record.items[0]!.paragraphs;
		expect(introduction?.text).toBe('The councillor from China (People\'s Republic of) introduced the contribution of the Administration of the People\'s Republic of China.');
		expect(proposals?.list?.[0]).toBe('1) The following basic principles: (a) Promote the unity and collaboration among Member States. (b) Serve the purposes of the Union. (c) Maintain the stability of current organizational structure.');
		expect(recordMarkdown(record)).not.toContain('doc-cn-one-itu');
	});
});

describe('the plain-text record', () => {
	test('wrapped to 80 display columns: Chinese and Arabic names take their real width', () => {
		const wide = indexWith(input => {
			input.delegations!.push({id: 'zz', kind: 'member-state', name: '中华人民共和国中华人民共和国中华人民共和国'}, {id: 'eg', kind: 'member-state', name: 'جمهورية مصر العربية'});
		});
		const record = recordOf([entry(0, {kind: 'current', payload: {item: 'item-budget'}}, chair)], {
			statements: [
				statement(1, 'item-budget', 'zz', '支持预算草案，并要求秘书处提供按区域分列的数字，以便理事会在下次会议上审议这些数字和相关的财务影响。'),
				statement(2, 'item-budget', 'eg', 'asked for the figures by region, for Россия and for the Arab States, before the Council decides on the draft budget of the Union'),
			],
		}, {}, wide);
		const text = recordText(record);
		const lines = text.split('\n');
		expect(Math.max(...lines.map(line => displayWidth(line)))).toBeLessThanOrEqual(80);
		expect(text).toContain('1.2   The councillor from 中华人民共和国中华人民共和国中华人民共和国\n      支持预算草案');
		expect(text).toContain('1.3   The councillor from جمهورية مصر العربية asked for the figures by region,\n      for Россия');
		// Continuation lines keep the hanging indent.
		expect(lines.filter(line => line.startsWith('      ')).length).toBeGreaterThanOrEqual(3);
	});
});

describe('readable text', () => {
	test('titles in capitals are put in sentence case, acronyms kept; other titles are kept', () => {
		expect(readableTitle('THE UNION\'S FINANCIAL OPERATING REPORT')).toBe('The union\'s financial operating report');
		expect(readableTitle('IMPLEMENTATION OF THE "ONE ITU" CONCEPT')).toBe('Implementation of the "one ITU" concept');
		expect(readableTitle('REPORT ON WSIS AND THE SDGS')).toBe('Report on WSIS and the SDGs');
		expect(readableTitle('Draft budget of the Union')).toBe('Draft budget of the Union');
		expect(readableTitle('ITU')).toBe('ITU');
		expect(readableTitle('中国 提案')).toBe('中国 提案');
	});

	test('a title in capitals reads in sentence case in the record', () => {
		const shouting = indexWith(input => {
			input.agendaItems[0]!.title = 'DRAFT BUDGET OF THE UNION FOR 2026-2027';
		});
		const record = recordOf([entry(0, {kind: 'current', payload: {item: 'item-budget'}}, chair)], {}, {}, shouting);
		expect(record.items[0]?.title).toBe('Draft budget of the union for 2026-2027');
	});
});
