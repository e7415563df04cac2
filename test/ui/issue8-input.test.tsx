import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {parseKeys} from '../../source/keymap/key-name.js';
import {topOverlay} from '../../source/state/state.js';
import {fixtureIndex} from '../state/fixture.js';
import {keys, renderDashboard, tick, type Dashboard} from './dashboard-harness.js';

/*
Issue 8, items 17 and 18: bursts of keys in one read, and the line editor every
input shares. Each burst is written to the fake stdin as one chunk, the way a
terminal delivers keys typed faster than they are read.
*/

beforeAll(() => {
	process.env['TZ'] = 'UTC';
});

const index = fixtureIndex();
let dashboard: Dashboard | undefined;
afterEach(() => {
	dashboard?.unmount();
	dashboard = undefined;
});

async function open(options: Parameters<typeof renderDashboard>[1] = {}) {
	dashboard = await renderDashboard(index, {columns: 100, rows: 30, role: 'secretary', ...options});
	return dashboard;
}

/** One chunk, as one read of the terminal. */
async function burst(d: Dashboard, chunk: string) {
	d.stdin.write(chunk);
	await tick();
	await tick();
}

const footer = (d: Dashboard) => d.frame().split('\n').at(-1) ?? '';
const overlay = (d: Dashboard) => topOverlay(d.states.at(-1)!);

describe('8.17: bursts of keys in one read', () => {
	it('8.17: two Backspaces in one read delete two characters in the filter', async () => {
		const d = await open();
		await d.press('/', 'topic');
		await burst(d, '\u007F\u007F');
		expect(footer(d)).toContain('Filter: /top█');
	});

	it('8.17: text, Backspaces and Enter in one read: the filter is typed, edited and kept', async () => {
		const d = await open();
		await d.press('/');
		await burst(d, 'topicx\u007F\u007F\u007Fic 1\r');
		expect(d.states.at(-1)!.filter).toBe('topic 1');
		expect(overlay(d)).toBeUndefined();
	});

	it('8.17: two Tabs in one read move the focus two panes', async () => {
		const d = await open();
		await burst(d, '\t\t');
		expect(d.states.at(-1)!.focus).toBe('positions');
		await burst(d, '\u001B[Z\u001B[Z');
		expect(d.states.at(-1)!.focus).toBe('agenda');
	});

	it('8.17: two Backspaces in one read in the delegation picker', async () => {
		const d = await open();
		await d.press('p', 'Egyx');
		await burst(d, '\u007F\u007F');
		const form = overlay(d);
		expect(form?.kind === 'record' && form.form.kind === 'position' ? form.form.query.text : undefined).toBe('Eg');
	});

	it('8.17: repeated Backspaces and arrows in one read in the decision editor', async () => {
		const d = await open();
		await d.press('d', keys.enter, 'abcd');
		await burst(d, '\u007F\u007F\u001B[D\u001B[Dxy');
		expect(d.frame()).toContain('xy█ab');
	});

	it('8.17: every control byte and escape sequence of a read is a press of its own', () => {
		expect(parseKeys('\u007F\u007F\t\t\r')).toEqual([{key: 'backspace'}, {key: 'backspace'}, {key: 'tab'}, {key: 'tab'}, {key: 'return'}]);
		expect(parseKeys('ab\u001B[A\u001B[Bcd\u0015\u001B')).toEqual([{key: 'ab', text: 'ab'}, {key: 'up'}, {key: 'down'}, {key: 'cd', text: 'cd'}, {key: 'ctrl-u'}, {key: 'escape'}]);
		expect(parseKeys('\u001Bb\u001Bf\u001B[1;3D\u001B[1;5C\u001B\u001B[C\u001B\u007F\u001B[3~')).toEqual([
			{key: 'meta-b'}, {key: 'meta-f'}, {key: 'meta-left'}, {key: 'ctrl-right'}, {key: 'meta-right'}, {key: 'meta-backspace'}, {key: 'delete'},
		]);
		// A CR LF pair is one Enter; unknown sequences (F5, a mouse report) are dropped, never typed.
		expect(parseKeys('x\r\ny\u001B[15~\u001B[<0;3;4M\u001BOP')).toEqual([{key: 'x', text: 'x'}, {key: 'return'}, {key: 'y', text: 'y'}]);
		// Wide and astral text stays whole.
		expect(parseKeys('中文😀\u007F')).toEqual([{key: '中文😀', text: '中文😀'}, {key: 'backspace'}]);
	});
});

describe('8.18: the line editor every input shares', () => {
	it('8.18: Ctrl+U, Ctrl+W, Ctrl+K and Delete in the decision editor', async () => {
		const d = await open();
		await d.press('d', keys.enter, 'one two three');
		await d.press('\u0017');
		expect(d.frame()).toContain('one two █');
		await d.press('\u0001', '\u001B[3~');
		expect(d.frame()).toContain('█ne two');
		await d.press('\u001Bf', '\u000B');
		expect(d.frame()).toMatch(/^\s+ne█$/m);
		await d.press('\u0015');
		expect(d.frame()).toMatch(/^\s+█$/m);
		// The draft's first line is untouched: Ctrl+U clears the line being typed.
		expect(d.frame()).toMatch(/The Council [\w ]+ the report \d+\./);
	});

	it('8.18: Alt+←/→ and Alt+b/f move by word; Ctrl+A/E to the ends; Delete deletes forward', async () => {
		const d = await open();
		await d.press('d', keys.enter, 'alpha beta gamma');
		await d.press('\u001B[1;3D');
		expect(d.frame()).toContain('alpha beta █gamma');
		await d.press('\u001Bb');
		expect(d.frame()).toContain('alpha █beta gamma');
		await d.press('\u001B[1;3C', '\u001B[3~');
		expect(d.frame()).toContain('alpha beta█gamma');
		await d.press('\u0005', '\u007F');
		expect(d.frame()).toContain('alpha betagamm█');
	});

	it('8.18: Ctrl+U clears the delegation picker; Ctrl+W and Delete work there too', async () => {
		const d = await open();
		await d.press('p', 'Egypt');
		await d.press('\u0015');
		const form = () => {
			const top = overlay(d);
			return top?.kind === 'record' && top.form.kind === 'position' ? top.form.query : undefined;
		};

		expect(form()?.text).toBe('');
		await d.press('fr an', '\u0017');
		expect(form()?.text).toBe('fr ');
		await d.press(keys.home, '\u001B[3~');
		expect(form()?.text).toBe('r ');
	});

	it('8.18: the filter and lookup prompt edit in place: a cursor, Ctrl+A, Delete, Ctrl+K, Alt+b', async () => {
		const d = await open();
		await d.press('/', 'report topic');
		await d.press('\u001Bb');
		expect(footer(d)).toContain('Filter: /report █topic');
		await d.press('\u000B');
		expect(footer(d)).toContain('Filter: /report █');
		expect(d.states.at(-1)!.filter).toBe('report ');
		await d.press('\u0001', '\u001B[3~');
		expect(footer(d)).toContain('Filter: /█eport ');
		await d.press('\u0015', keys.escape, '#', '7x', keys.left, '\u001B[3~', '1', keys.enter);
		expect(d.frame()).toContain('Resolution 71');
	});
});
