import {describe, expect, it} from 'vitest';
import {lineText, lineWidth} from '../../source/format/line.js';
import {recordLines} from '../../source/features/recording/record-lines.js';
import {decisionForm, formKey, positionForm, type RecordingForm} from '../../source/features/recording/forms.js';
import {fixtureIndex} from '../state/fixture.js';

const index = fixtureIndex();
const text = (form: RecordingForm, width: number, rows = 12) => recordLines(index, form, width, rows).map(line => lineText(line).trimEnd());
const decision = decisionForm({target: 'item-1', label: 'item PL 1.01', actionKind: 'approve', draft: 'The Council approved 中文 the report.'});

describe('recording forms on screen', () => {
	it('shows all twelve outcomes at 80 columns (two rows of six) and at 140 (one), the chosen one bracketed, 1-9 numbered', () => {
		const narrow = text(decision, 80);
		expect(narrow).toContain('    [1 approved] 2 adopted  3 noted  4 endorsed  5 deferred  6 rejected');
		expect(narrow).toContain('     7 referred  8 other  9 confirmed  agreed  decided  instructed');
		expect(text(decision, 140).filter(line => line.includes('1 approved') && line.includes('instructed'))).toHaveLength(1);
		for (const line of recordLines(index, decision, 80, 12)) {
			expect(lineWidth(line)).toBeLessThanOrEqual(80);
		}
	});

	it('draws the cursor in the text, wraps it, and says saving… or why a save failed', () => {
		expect(text(decision, 80)).toContain('    The Council approved 中文 the report.█');
		const saving: RecordingForm = {...decision, phase: {kind: 'saving'}};
		expect(text(saving, 80).at(-1)).toBe('  saving…');
		const failed: RecordingForm = {...decision, phase: {kind: 'failed', message: 'EROFS'}};
		expect(text(failed, 120).at(-1)).toBe('  Not saved: EROFS (what you typed is kept; Ctrl+S tries again)');
		const long = decisionForm({target: 'item-1', label: 'x', actionKind: 'approve', draft: 'word '.repeat(40).trim()});
		expect(text(long, 40).filter(line => line.startsWith('    word')).length).toBeGreaterThan(3);
	});

	it('scrolls a text longer than the room to keep the cursor line in view', () => {
		const tall = decisionForm({target: 'item-1', label: 'x', actionKind: 'approve', draft: Array.from({length: 20}, (_, line) => `line ${line + 1}`).join('\n')});
		const lines = text(tall, 80, 8);
		expect(lines).toHaveLength(9);
		expect(lines.at(-2)).toBe('    line 20█');
		expect(lines.at(-1)).toBe('  Ctrl+S saves · Esc cancels');
		expect(text(decision, 80, 8)[1]).toBe('  Outcome (Tab to change):');
	});

	it('lists the delegations matching what was typed, with their other names', () => {
		const step = formKey(index, positionForm('item-2', 'item PL 1.02'), 'e', 'e');
		const lines = step.kind === 'form' ? text(step.form, 80) : [];
		expect(lines[2]).toBe('    e█');
		expect(lines.some(line => line.startsWith('  > مصر') && line.includes('Egypt'))).toBe(true);
		expect(lines.some(line => line.includes('France'))).toBe(true);
		expect(lines.some(line => line.includes('中国'))).toBe(false);
	});
});
