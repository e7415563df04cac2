import {describe, expect, it} from 'vitest';
import {agendaRow} from '../../source/format/agenda-row.js';
import {keysLine} from '../../source/format/footer.js';
import {helpLines} from '../../source/features/help/help-lines.js';
import {fit, lineText, lineWidth, segment, titleRule} from '../../source/format/line.js';
import stringWidth from 'string-width';
import {statusLabel} from '../../source/format/status.js';
import {formatTally} from '../../source/format/tally.js';
import {formatClock, formatElapsed} from '../../source/format/clock.js';
import {keymap, resolveKey, contexts} from '../../source/keymap/keymap.js';
import {parseKeys} from '../../source/keymap/key-name.js';
import {displayWidth, truncate} from '../../source/text/width.js';
import {setLanguage, t} from '../../source/i18n/translate.js';
import type {AgendaItem} from '../../source/dataset/schema.js';

const item = (title: string, extra: Partial<AgendaItem> = {}): AgendaItem => ({
	id: 'i',
	number: 'PL 1.07',
	title,
	documents: [],
	action: {kind: 'approve', wording: 'approve it'},
	status: 'pending',
	...extra,
});

describe('tally', () => {
	it('counts stances in schema order, singular and plural', () => {
		const stances = ['supports', 'reservation', 'supports', 'supports'] as const;
		expect(formatTally(stances.map(stance => ({stance})))).toBe('3 in support, 1 reservation');
		expect(formatTally([{stance: 'opposes'}, {stance: 'more-information'}, {stance: 'more-information'}, {stance: 'neutral'}])).toBe('1 opposed, 2 asking for more information, 1 neutral');
		expect(formatTally([])).toBe('no positions recorded');
	});
});

describe('status', () => {
	it('is a glyph and a word', () => {
		expect(statusLabel('under-consideration')).toBe('◐ under consideration');
		expect(statusLabel('under-consideration', true)).toBe('◐ considering');
		expect(statusLabel('deferred')).toBe('» deferred');
	});
});

describe('agenda row', () => {
	it('is exactly the width asked, whatever the script', () => {
		for (const title of ['Budget', '国际电信联盟理事会的工作方法与预算安排', 'ميزانية الاتحاد الدولي للاتصالات', 'A'.repeat(200)]) {
			const line = agendaRow(item(title), {width: 70, numberWidth: 7, status: 'pending', isSelected: false, isCurrent: false});
			expect(lineWidth(line)).toBe(70);
			// The status column starts at the same column for every title.
			expect(displayWidth(lineText(line).slice(0, lineText(line).indexOf('○')))).toBe(57);
		}
	});

	it('marks selection and the current item with characters, and keeps "(illustrative)" when cutting the title', () => {
		const line = lineText(agendaRow(item('A very long title that will not fit in the row at all', {illustrative: true}), {width: 70, numberWidth: 7, status: 'decided', isSelected: true, isCurrent: true}));
		expect(line.startsWith('>* PL 1.07 ')).toBe(true);
		expect(line).toContain('… (illustrative)');
		expect(line).toContain('approve   ● decided');
	});

	it('keeps the whole status word in Chinese and Russian: the columns are counted in display width, not characters', () => {
		for (const language of ['zh', 'ru', 'ar'] as const) {
			setLanguage(language);
			try {
				for (const status of ['pending', 'under-consideration', 'decided', 'deferred'] as const) {
					const line = agendaRow(item('Стратегический план Союза', {illustrative: true, action: {kind: 'take-note', wording: 'note it'}}), {width: 120, numberWidth: 7, status, isSelected: false, isCurrent: false});
					expect(lineWidth(line)).toBe(120);
					expect(lineText(line).trimEnd().endsWith(statusLabel(status, true)), `${language} ${status}: ${lineText(line)}`).toBe(true);
					expect(lineText(line)).toContain(t('common.illustrative'));
				}
			} finally {
				setLanguage('en');
			}
		}
	});

	it('drops the action kind below 60 columns', () => {
		const line = lineText(agendaRow(item('Budget'), {width: 40, numberWidth: 7, status: 'pending', isSelected: false, isCurrent: false}));
		expect(line).not.toContain('approve');
		expect(line).toContain('○ pending');
	});
});

describe('line', () => {
	it('fits by display width, cutting with an ellipsis and padding', () => {
		expect(lineText(fit([segment('中国中国'), segment('abc')], 6))).toBe('中国… ');
		expect(lineWidth(fit([segment('中国中国'), segment('abc')], 6))).toBe(6);
		expect(lineText(fit([segment('ab')], 4))).toBe('ab  ');
	});

	it('shows focus by brackets in a pane title', () => {
		expect(lineText(titleRule('Agenda', 20, true))).toBe('──[ Agenda ]────────');
		expect(lineText(titleRule('Agenda', 20, false))).toBe('──  Agenda  ────────');
	});
});

describe('width.ts fast paths', () => {
	it('measure as string-width does, the first time and from the remembered widths', () => {
		const samples = ['plain ascii text', '中国 and China', 'مصر', 'e\u0301te\u0301', '─'.repeat(30), 'Résolution 71 (Rév. Bucarest, 2022)'];
		for (const sample of samples) {
			expect([sample, displayWidth(sample)]).toEqual([sample, stringWidth(sample)]);
			expect(displayWidth(sample)).toBe(stringWidth(sample));
		}
	});

	it('cut printable ASCII exactly as the grapheme walk would', () => {
		for (const width of [0, 1, 3, 8, 40]) {
			const cut = truncate('plain ascii text', width);
			expect(displayWidth(cut)).toBeLessThanOrEqual(width);
			expect(cut).toBe(width >= 16 ? 'plain ascii text' : width === 0 ? '' : `${'plain ascii text'.slice(0, width - 1)}…`);
		}
	});
});

describe('clock', () => {
	it('formats local time and elapsed time', () => {
		process.env['TZ'] = 'UTC';
		expect(formatClock(Date.UTC(2026, 0, 1, 9, 5, 7))).toBe('09:05:07');
		expect(formatElapsed(3 * 3_600_000 + 61_000)).toBe('3:01:01');
		expect(formatElapsed(-5000)).toBe('0:00:00');
	});
});

describe('keymap', () => {
	it('has no key bound to two commands in one context', () => {
		for (const context of contexts) {
			const seen = new Map<string, string>();
			for (const binding of keymap.filter(entry => entry.where.includes(context))) {
				for (const key of binding.keys) {
					expect(seen.get(key), `${key} in ${context}`).toBeUndefined();
					seen.set(key, binding.command);
				}
			}
		}
	});

	it('resolves the baseline keys of the issue', () => {
		expect(resolveKey('agenda', 'j')).toBe('move-down');
		expect(resolveKey('agenda', 'down')).toBe('move-down');
		expect(resolveKey('detail', 'k')).toBe('move-up');
		expect(resolveKey('agenda', 'pagedown')).toBe('page-down');
		expect(resolveKey('agenda', 'g')).toBe('first');
		expect(resolveKey('agenda', 'G')).toBe('last');
		expect(resolveKey('agenda', 'tab')).toBe('next-pane');
		expect(resolveKey('agenda', 'return')).toBe('open');
		expect(resolveKey('help', 'escape')).toBe('back');
		expect(resolveKey('agenda', '/')).toBe('filter');
		expect(resolveKey('agenda', '#')).toBe('lookup');
		expect(resolveKey('agenda', 'c')).toBe('make-current');
		expect(resolveKey('agenda', '?')).toBe('help');
		expect(resolveKey('agenda', 'q')).toBe('quit');
		expect(resolveKey('prompt', 'q')).toBeUndefined();
		expect(resolveKey('prompt', 'ctrl-c')).toBe('force-quit');
		expect(resolveKey('prompt', 'escape')).toBe('cancel-input');
	});

	it('names key presses', () => {
		expect(parseKeys('\u001B[A')).toEqual([{key: 'up'}]);
		expect(parseKeys('\u001B[Z')).toEqual([{key: 'shift-tab'}]);
		expect(parseKeys('\u007F')).toEqual([{key: 'backspace'}]);
		expect(parseKeys('\u001B[3~')).toEqual([{key: 'delete'}]);
		expect(parseKeys('\u0003')).toEqual([{key: 'ctrl-c'}]);
		expect(parseKeys('G')).toEqual([{key: 'G', text: 'G'}]);
	});

	it('generates the help screen and the footer from the table', () => {
		const help = helpLines(100).map(line => lineText(line)).join('\n');
		for (const binding of keymap) {
			expect(help).toContain(binding.label);
			expect(help).toContain(binding.description.slice(0, 30));
		}

		// Most used first; help and quit close the line.
		expect(lineText(keysLine('agenda', 200)).trimEnd()).toBe('↑↓/jk move  d decide  s status  p position  Enter open  / filter  c current  u undo  Tab pane  # lookup  e export  ? help  q quit');
		// A viewer sees the recording keys refused, with the reason.
		expect(lineText(keysLine('agenda', 200, new Set(['record-decision', 'record-status', 'record-position']))).trimEnd())
			.toBe('↑↓/jk move  Enter open  / filter  c current  u undo  Tab pane  # lookup  e export  ? help  q quit  d s p: viewers cannot record');
		expect(lineText(keysLine('record', 200, undefined, 'decision')).trimEnd()).toBe('Ctrl+S save  Tab outcome/text  Esc cancel');
		// Too narrow: the least used keys go, help and quit stay.
		expect(lineText(keysLine('agenda', 36)).trimEnd()).toBe('↑↓/jk move  d decide  ? help  q quit');
	});
});

describe('compactLine (what Ink is given)', () => {
	it('merges neighbours of one style and drops trailing padding, except on a selected row', async () => {
		const {compactLine} = await import('../../source/ui/screen-view.js');
		expect(compactLine([segment('a'), segment('b'), segment('c', 'dim'), segment('   ')])).toEqual([{text: 'ab'}, {text: 'c', tone: 'dim'}]);
		expect(compactLine([{text: 'x  ', isSelected: true}])).toEqual([{text: 'x  ', isSelected: true}]);
		expect(compactLine([segment('    ')])).toEqual([]);
	});
});

describe('header', () => {
	it('names the session with its place and dates, the clock, elapsed time, current item and counts', async () => {
		const {headerLines} = await import('../../source/format/header.js');
		const {fixtureIndex} = await import('../state/fixture.js');
		const index = fixtureIndex({
			edit(input) {
				input.session = {...input.session, place: 'Geneva', start: '2026-06-01', end: '2026-06-11'};
			},
		});
		process.env['TZ'] = 'UTC';
		const lines = headerLines({index, now: Date.UTC(2026, 5, 2, 14, 0, 0), openedAt: Date.UTC(2026, 5, 2, 9, 30, 0), currentItem: 'item-3', counts: {pending: 1, 'under-consideration': 2, decided: 3, deferred: 4}, width: 100}).map(line => lineText(line).trimEnd());
		expect(lines).toEqual([
			'ITU Council · Council 2026 · Geneva, 2026-06-01 to 2026-06-11',
			'14:00:00 UTC · elapsed 4:30:00 · current: * PL 1.03 Budget of the Union for 2026-2027',
			'○ 1 pending · ◐ 2 under consideration · ● 3 decided · » 4 deferred',
		]);
	});
});
