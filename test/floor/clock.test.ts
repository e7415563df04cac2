import {describe, expect, it} from 'vitest';
import {fairness} from '../../source/journal/floor/fairness.js';
import {timeSpent, itemTime} from '../../source/journal/floor/item-time.js';
import {foldFloor} from '../../source/journal/floor/queue.js';
import {clockText, formatMinutes, speakerClock} from '../../source/features/floor/speaker-clock.js';
import {context, end, give, item, journal, start} from './fixture.js';

/* Every clock here is a `now` passed in: no timers, no sleeps. */

const seconds = (value: number) => start + value * 1000;

describe('the speaker clock', () => {
	const speaking = foldFloor(journal().add(give('br')).entries, context()).speaker!;

	it('runs from the recorded start to now, in whole seconds', () => {
		expect(speakerClock(speaking, 'councillor', context().settings, seconds(10.9))).toEqual({elapsedSeconds: 10, limitSeconds: 180, leftSeconds: 170, phase: 'running'});
		expect(clockText(speakerClock(speaking, 'councillor', context().settings, seconds(10)))).toBe('0:10 · 2:50 left');
	});

	it('warns in the last 30 seconds', () => {
		expect(speakerClock(speaking, 'councillor', context().settings, seconds(149)).phase).toBe('running');
		expect(speakerClock(speaking, 'councillor', context().settings, seconds(150)).phase).toBe('warning');
		expect(clockText(speakerClock(speaking, 'councillor', context().settings, seconds(151)))).toBe('2:31 · 0:29 left (warning)');
		expect(clockText(speakerClock(speaking, 'councillor', context().settings, seconds(180)))).toBe('3:00 · 0:00 left (warning)');
	});

	it('says OVERTIME past the limit, in words and with the time over', () => {
		expect(clockText(speakerClock(speaking, 'councillor', context().settings, seconds(185)))).toBe('3:05 · OVERTIME +0:05');
		expect(clockText(speakerClock(speaking, 'councillor', context().settings, seconds(181)))).toBe('3:01 · OVERTIME +0:01');
	});

	it('takes the item\'s limit over the session\'s, and the observers\' apart from the councillors\'', () => {
		const settings = {...context().settings, speakingTime: {councillor: 300, observer: 120}, items: new Map([[item, {speakingTime: {councillor: 60}}]])};
		expect(speakerClock(speaking, 'councillor', settings, seconds(10)).limitSeconds).toBe(60);
		expect(speakerClock(speaking, 'observer', settings, seconds(10)).limitSeconds).toBe(120);
		expect(speakerClock({...speaking, item: 'item-2'}, 'councillor', settings, seconds(10)).limitSeconds).toBe(300);
	});

	it('shows the time alone without a limit', () => {
		const settings = {...context().settings, speakingTime: {}};
		expect(clockText(speakerClock(speaking, 'councillor', settings, seconds(400)))).toBe('6:40');
	});

	it('stops at the end of the floor, and never runs backwards on a clock set back', () => {
		const speech = foldFloor(journal().add(give('br')).at(42).add(end('br')).entries, context()).speeches[0]!;
		expect(speakerClock(speech, 'councillor', context().settings, seconds(999)).elapsedSeconds).toBe(42);
		expect(speakerClock(speaking, 'councillor', context().settings, seconds(-5)).elapsedSeconds).toBe(0);
	});

	it('formats m:ss', () => {
		expect([0, 9, 10, 59, 60, 151, 185, 600, 4500].map(value => formatMinutes(value))).toEqual(['0:00', '0:09', '0:10', '0:59', '1:00', '2:31', '3:05', '10:00', '75:00']);
		expect(formatMinutes(-3)).toBe('0:00');
	});
});

describe('item time', () => {
	const settings = {...context().settings, items: new Map([['a', {plannedMinutes: 10}], ['b', {plannedMinutes: 20}], ['c', {plannedMinutes: 30}], ['d', {}]])};
	const agenda = ['a', 'b', 'c', 'd'];
	const minutes = (value: number) => start + value * 60_000;

	it('adds up the time each item was current, the current one up to now', () => {
		const spent = timeSpent([{item: 'a', at: minutes(0)}, {item: 'b', at: minutes(15)}, {item: 'a', at: minutes(20)}], minutes(22));
		expect([...spent]).toEqual([['a', 17 * 60_000], ['b', 5 * 60_000]]);
	});

	it('has nothing to say before an item is current', () => {
		expect(itemTime({changes: [], agenda, isDone: () => false, settings, now: start})).toBeUndefined();
	});

	it('gives the time on the current item against its plan, and the end at the plan when nothing is behind', () => {
		const time = itemTime({changes: [{item: 'a', at: minutes(0)}], agenda, isDone: () => false, settings, now: minutes(4)});
		// 6 minutes left on a, then 20 and 30: 56 minutes from now.
		expect(time).toEqual({item: 'a', spentMs: 4 * 60_000, plannedMs: 10 * 60_000, expectedEnd: minutes(60), pace: 1});
	});

	it('scales what is left by the pace so far', () => {
		// a took 15 minutes for 10 planned: pace 1.5; b has run 5 of 20*1.5=30, c is 30*1.5=45.
		const time = itemTime({changes: [{item: 'a', at: minutes(0)}, {item: 'b', at: minutes(15)}], agenda, isDone: () => false, settings, now: minutes(20)});
		expect(time?.pace).toBe(1.5);
		expect(time?.expectedEnd).toBe(minutes(20 + 25 + 45));
	});

	it('leaves out items already done and items without a plan', () => {
		const time = itemTime({changes: [{item: 'a', at: minutes(0)}], agenda, isDone: item => item === 'c', settings, now: minutes(0)});
		expect(time?.expectedEnd).toBe(minutes(30));
		const unplanned = itemTime({changes: [{item: 'd', at: minutes(0)}], agenda: ['d'], isDone: () => false, settings, now: minutes(3)});
		expect(unplanned).toEqual({item: 'd', spentMs: 3 * 60_000, pace: 1});
	});
});

describe('fairness', () => {
	it('counts interventions and total speaking time per delegation over the session, the speech in progress to now', () => {
		const log = journal().add(give('br')).at(60).add(give('cn')).at(90).add(give('br', 'item-2')).at(100).add(end('br', 'item-2')).add(give('mx'));
		const state = foldFloor(log.entries, context());
		expect(fairness(state, seconds(130))).toEqual([
			{delegation: 'br', interventions: 2, seconds: 70},
			{delegation: 'cn', interventions: 1, seconds: 30},
			{delegation: 'mx', interventions: 1, seconds: 30},
		]);
	});
});

describe('settings from the dataset', () => {
	it('reads the session\'s rules and each item\'s plan and limits, with Council practice as the default', async () => {
		const {floorSettingsOf} = await import('../../source/journal/floor/settings-of.js');
		const {dataset} = await import('../../source/dataset/schema.js');
		const base = {formatVersion: 1, session: {id: 's', body: 'ITU Council', title: 'T'}, agendaItems: [{id: 'a', number: '1', title: 'A', documents: [], action: {kind: 'consider', wording: 'w'}}], documents: []};
		expect(floorSettingsOf(dataset.parse(base))).toEqual({councillorsFirst: true, observersOnce: true, speakingTime: {councillor: 180, observer: 180}, items: new Map()});
		const custom = dataset.parse({
			...base,
			session: {...base.session, floor: {observersOnce: false, speakingTime: {councillor: 300}}},
			agendaItems: [{...base.agendaItems[0], plannedMinutes: 45, speakingTime: {observer: 120}}],
		});
		expect(floorSettingsOf(custom)).toEqual({councillorsFirst: true, observersOnce: false, speakingTime: {councillor: 300}, items: new Map([['a', {plannedMinutes: 45, speakingTime: {observer: 120}}]])});
		expect(dataset.safeParse({...base, session: {...base.session, floor: {speakingTime: {councillor: -1}}}}).success).toBe(false);
	});
});
