import {describe, expect, it} from 'vitest';
import {compactHeaderLine, headerLines, type HeaderInput} from '../../source/format/header.js';
import {lineText} from '../../source/format/line.js';
import {bundledIndex} from '../helpers/bundled.js';

/* The share status in the header: words after the clock, before the current item (which may be cut). */

const index = bundledIndex();
const base: HeaderInput = {
	index,
	now: Date.UTC(2026, 3, 13, 10, 17, 42),
	openedAt: Date.UTC(2026, 3, 13, 9, 30),
	currentItem: 'item-one-itu',
	counts: {pending: 1, 'under-consideration': 0, decided: 0, deferred: 0},
	width: 80,
};

describe('the header with --share', () => {
	it('says shared, or how many entries are not shared, in words at 80 columns', () => {
		expect(lineText(headerLines({...base, share: 'shared'})[1]!)).toMatch(/^\d\d:\d\d:\d\d UTC · elapsed 0:47:42 · shared · current: \* 1 Implementation/);
		const offline = lineText(headerLines({...base, share: 'offline: 3 entries not shared'})[1]!);
		expect(offline).toMatch(/ · elapsed 0:47:42 · offline: 3 entries not shared · current: \* 1 /);
		expect(offline.length).toBeLessThanOrEqual(80);
	});

	it('keeps it in the one-line header of small terminals', () => {
		expect(lineText(compactHeaderLine({...base, width: 60, share: 'offline: 1 entry not shared'}))).toMatch(/^\d\d:\d\d:\d\d ○1 ◐0 ●0 »0 offline: 1 entry not shared · \* 1 /);
	});

	it('is absent without --share', () => {
		expect(lineText(headerLines(base)[1]!)).not.toContain('shared');
	});
});
