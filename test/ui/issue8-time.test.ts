import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {headerLines} from '../../source/format/header.js';
import {formatDateTime, formatHourMinute, isoWithOffset, zoneLabel} from '../../source/format/time.js';
import {lineText} from '../../source/format/line.js';
import {fixtureDatasetPath, temporaryFolder} from '../journal/helpers.js';
import {runCli} from '../journal/processes.js';

/* Issue 8 item 20: local time with its zone wherever a person reads a time. */

const savedZone = process.env['TZ'];
afterEach(() => {
	process.env['TZ'] = savedZone;
});

const instant = Date.UTC(2026, 3, 13, 9, 7, 40, 250);

describe('8.20: times people read are local, with their zone', () => {
	it('8.20: one formatter: the zone as a UTC offset, half hours and DST included', () => {
		expect(formatDateTime(instant, 'UTC')).toBe('2026-04-13 09:07:40 UTC');
		expect(formatDateTime(instant, 'Europe/Zurich')).toBe('2026-04-13 11:07:40 UTC+02:00');
		expect(formatDateTime(Date.UTC(2026, 0, 13, 9), 'Europe/Zurich')).toBe('2026-01-13 10:00:00 UTC+01:00');
		expect(formatDateTime(instant, 'America/New_York')).toBe('2026-04-13 05:07:40 UTC-04:00');
		expect(formatDateTime(instant, 'Asia/Kathmandu')).toBe('2026-04-13 14:52:40 UTC+05:45');
		// Across midnight the date is the local one.
		expect(formatDateTime(Date.UTC(2026, 3, 13, 23, 30), 'Asia/Tokyo')).toBe('2026-04-14 08:30:00 UTC+09:00');
		expect(formatHourMinute(instant, 'Asia/Kolkata')).toBe('14:37');
		expect(isoWithOffset(instant, 'Asia/Kolkata')).toBe('2026-04-13T14:37:40.250+05:30');
		expect(isoWithOffset(instant, 'UTC')).toBe('2026-04-13T09:07:40.250Z');
		expect(new Date(isoWithOffset(instant, 'America/New_York')).getTime()).toBe(instant);
		process.env['TZ'] = 'Asia/Kolkata';
		expect(zoneLabel(instant)).toBe('UTC+05:30');
		process.env['TZ'] = 'UTC';
		expect(zoneLabel(instant)).toBe('UTC');
	});

	it('8.20: the process\'s own zone (Date\'s local time) reads as the same zone named (Intl): offsets, DST, midnight, centuries', () => {
		const zones = ['UTC', 'Europe/Zurich', 'America/New_York', 'America/St_Johns', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Sao_Paulo', 'Europe/Amsterdam', 'Africa/Casablanca', 'Asia/Tehran'];
		const instants: number[] = [];
		// Every 100 minutes through 2026 (each zone's transitions), then a spread from 1900 to 2100.
		for (let at = Date.UTC(2026, 0, 1); at < Date.UTC(2027, 0, 1); at += 100 * 60_000) {
			instants.push(at + 7250);
		}

		for (let at = Date.UTC(1900, 0, 1); at < Date.UTC(2100, 0, 1); at += 3_456_789_123) {
			instants.push(at);
		}

		for (const zone of zones) {
			process.env['TZ'] = zone;
			const differ = instants.filter(at => formatDateTime(at) !== formatDateTime(at, zone) || isoWithOffset(at) !== isoWithOffset(at, zone) || formatHourMinute(at) !== formatHourMinute(at, zone));
			expect(differ.map(at => `${zone} ${new Date(at).toISOString()}`)).toEqual([]);
		}

		// A zone ICU does not know is UTC either way; an invalid time is refused as before.
		process.env['TZ'] = 'Nowhere/Atlantis';
		expect(formatDateTime(instant)).toBe(formatDateTime(instant, new Intl.DateTimeFormat().resolvedOptions().timeZone));
		expect(() => formatDateTime(Number.NaN)).toThrow(RangeError);
	});

	it('8.20: the dashboard\'s header shows the local clock with its zone', async () => {
		const {fixtureIndex} = await import('../state/fixture.js');
		const index = fixtureIndex();
		process.env['TZ'] = 'Europe/Zurich';
		const lines = headerLines({index, width: 100, now: instant, openedAt: instant - 60_000, currentItem: undefined, counts: {pending: 1, 'under-consideration': 0, decided: 0, deferred: 0}});
		expect(lineText(lines[1]!)).toMatch(/^11:07:40 UTC\+02:00 · elapsed 0:01:00/);
	});

	it('8.20: council log shows local time with its zone; --json keeps ISO times', async () => {
		const journal = path.join(path.dirname(fixtureDatasetPath), 'journal-session.jsonl');
		const folder = temporaryFolder('council-issue8-log-');
		const env = {TZ: 'Asia/Kolkata', COUNCIL_DATA_DIR: folder, COUNCIL_CONFIG_DIR: folder};
		const text = await runCli(['log', '--journal', journal, '--data', fixtureDatasetPath], env);
		expect(text.stdout.split('\n')[1]).toMatch(/^2026-04-13 14:30:00 UTC\+05:30 {2}Chair Amina Diallo \(chair\)/);
		const json = await runCli(['log', '--journal', journal, '--data', fixtureDatasetPath, '--json'], env);
		expect((JSON.parse(json.stdout) as {entries: Array<{time: string}>}).entries[0]!.time).toBe('2026-04-13T09:00:00.000Z');
	});
});
